package org.parley.agreement.internal;

/**
 * A record of an agreement that does not carry the agreement's case itself (a version, a
 * score, an attachment): {@link AgreementCaseOfRecord} finds the case for the audit log.
 */
interface OfAgreement {

	Long agreementId();

}
