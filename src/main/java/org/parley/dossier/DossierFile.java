package org.parley.dossier;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One file of a dossier, written straight to the dossier's ZIP stream, so a dossier never
 * needs to be held in memory whole.
 */
public interface DossierFile {

	/**
	 * @return the file's path inside the dossier, with forward slashes
	 */
	String path();

	void writeTo(OutputStream out) throws IOException;

}
