package org.parley.dossier;

import org.parley.shared.NotFoundException;

/** No such bulk export, or not one the user made. */
public class ExportNotFoundException extends NotFoundException {

	public ExportNotFoundException(long id) {
		super("No export " + id);
	}

}
