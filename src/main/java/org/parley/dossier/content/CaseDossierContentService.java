package org.parley.dossier.content;

import java.util.List;

import org.parley.dossier.CaseDossierContent;
import org.parley.dossier.DossierFile;
import org.parley.dossier.DossierRequest;

import org.springframework.stereotype.Service;

/**
 * Makes the content files of a case's dossier.
 */
@Service
class CaseDossierContentService implements CaseDossierContent {

	@Override
	public List<DossierFile> files(DossierRequest request) {
		return List.of();
	}

	@Override
	public List<Attachment> attachments(DossierRequest request) {
		return List.of();
	}

}
