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

}
