package org.parley.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agreement as a reporting tool lists it: where it stands and its latest version's
 * title and validity. The whole agreement, with every version, is at
 * {@code /api/v1/agreements/{id}}.
 *
 * @param inForceVersion the number of the version in force, or null
 * @param latestVersion the number of the newest version
 * @param latestVersionStatus where the newest version stands
 */
public record AgreementSummary(long id, long caseId, long teamId, AgreementStatus status, Integer inForceVersion,
		String title, int latestVersion, VersionStatus latestVersionStatus, LocalDate validFrom, LocalDate validTo,
		Instant updatedAt, long version) {

}
