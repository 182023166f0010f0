package org.parley.agreement;

/**
 * Where one version of an agreement stands in HQ's review. Labels under
 * {@code agreement.VersionStatus.<VALUE>}.
 */
public enum VersionStatus {

	DRAFT, SUBMITTED, RETURNED, ANSWERED, APPROVED, SUPERSEDED

}
