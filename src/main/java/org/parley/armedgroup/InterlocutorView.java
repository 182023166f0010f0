package org.parley.armedgroup;

import java.time.Instant;
import java.util.List;

import org.parley.protection.Classification;

/**
 * An interlocutor as pages and the API show it: the real name and contact details are not
 * in it, only whether they are recorded (see {@link InterlocutorRegistry#reveal}). A
 * strictly confidential one shown to a reader who may know only that it exists (an
 * auditor) is {@code redacted}: its notes are null and nothing says what is recorded.
 *
 * @param namedReviewerIds the HQ reviewers (user ids) who may see it when strictly
 * confidential
 */
public record InterlocutorView(long id, long teamId, String teamName, String codeName, boolean hasRealName, String role,
		Affiliation affiliation, Long armedGroupId, String armedGroupName, String intermediaryType,
		ContactChannel contactChannel, boolean hasContactDetails, String influenceNotes, String reliabilityNotes,
		String riskNotes, String createdBy, Instant createdAt, Instant updatedAt, long version,
		Classification classification, List<Long> namedReviewerIds, boolean redacted) {

	/** As read by the registry, before the team's name is known. */
	InterlocutorView withTeamName(String name) {
		return new InterlocutorView(this.id, this.teamId, name, this.codeName, this.hasRealName, this.role,
				this.affiliation, this.armedGroupId, this.armedGroupName, this.intermediaryType, this.contactChannel,
				this.hasContactDetails, this.influenceNotes, this.reliabilityNotes, this.riskNotes, this.createdBy,
				this.createdAt, this.updatedAt, this.version, this.classification, this.namedReviewerIds,
				this.redacted);
	}

}
