package org.parley.dossier;

import java.util.List;

/**
 * The files of a case's dossier that people and machines read: {@code case.pdf},
 * {@code case.json} with its schema {@code case.schema.json}, and CSV files for the
 * tabular parts ({@code csv/...}). The attachments, the manifest and the signature are
 * the packaging's business.
 */
public interface CaseDossierContent {

	/**
	 * The content files of one case's dossier, each written when the packaging asks for
	 * it. Only what the requester may read is included: the grant has been checked, every
	 * query is scoped to the case's team, and a dossier made by an auditor names
	 * interlocutors by codename only.
	 * @param request who asks for which case, in which language, and when
	 * @return the files, in the order they go into the dossier
	 */
	List<DossierFile> files(DossierRequest request);

	/**
	 * The files attached to the case's records (agreements, checks) that the requester
	 * may read, each with the path it has inside the dossier ({@link #attachmentPath}),
	 * as {@code case.json} lists them. Their bytes are the packaging's to copy.
	 */
	List<Attachment> attachments(DossierRequest request);

	/**
	 * Where an attached file goes inside a dossier: {@code attachments/<id>-<name>}, the
	 * name reduced to letters, digits, dot, dash and underscore so that it is a safe path
	 * in every ZIP tool.
	 */
	static String attachmentPath(long documentId, String filename) {
		String safe = (filename != null) ? filename.replaceAll("[^A-Za-z0-9._-]", "_") : "";
		safe = safe.replaceAll("^[.]+", "_");
		if (safe.isEmpty()) {
			safe = "file";
		}
		if (safe.length() > 100) {
			safe = safe.substring(safe.length() - 100);
		}
		return "attachments/" + documentId + "-" + safe;
	}

	/**
	 * A file attached to one of the case's records.
	 *
	 * @param documentId the stored document's id
	 * @param path its path inside the dossier
	 * @param filename its name as uploaded
	 * @param sha256 its SHA-256, hex, as stored at upload
	 */
	record Attachment(long documentId, String path, String filename, String contentType, long sizeBytes,
			String sha256) {
	}

}
