package org.parley.agreement;

/**
 * Where an agreement stands: drafted and reviewed until HQ approves it, then in force
 * until it is suspended, breached, expires or is terminated. Labels under
 * {@code agreement.AgreementStatus.<VALUE>}.
 */
public enum AgreementStatus {

	DRAFT, SUBMITTED, RETURNED, IN_FORCE, SUSPENDED, BREACHED, EXPIRED, TERMINATED

}
