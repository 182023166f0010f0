package org.parley.armedgroup;

import java.time.Instant;

/**
 * An interlocutor as pages and the API show it: the real name and contact details are not
 * in it, only whether they are recorded (see {@link InterlocutorRegistry#reveal}).
 */
public record InterlocutorView(long id, long teamId, String teamName, String codeName, boolean hasRealName, String role,
		Affiliation affiliation, Long armedGroupId, String armedGroupName, String intermediaryType,
		ContactChannel contactChannel, boolean hasContactDetails, String influenceNotes, String reliabilityNotes,
		String riskNotes, String createdBy, Instant createdAt, Instant updatedAt, long version) {
}
