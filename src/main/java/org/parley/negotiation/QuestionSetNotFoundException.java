package org.parley.negotiation;

import org.parley.shared.NotFoundException;

class QuestionSetNotFoundException extends NotFoundException {

	QuestionSetNotFoundException(int versionNo) {
		super("No guiding question set version " + versionNo);
	}

}
