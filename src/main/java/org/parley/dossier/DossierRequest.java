package org.parley.dossier;

import java.time.Instant;
import java.util.Locale;

import org.parley.negotiation.CaseGrant;
import org.parley.shared.CurrentUser;

/**
 * Who asks for the dossier of which case, in which language, and when it is made.
 *
 * @param grant the requester's right to read the case (already checked)
 * @param requester who asked: an auditor or HQ reviewer of the case's team
 * @param locale the language of the PDF
 * @param generatedAt the moment the dossier is made
 */
public record DossierRequest(CaseGrant grant, CurrentUser requester, Locale locale, Instant generatedAt) {

}
