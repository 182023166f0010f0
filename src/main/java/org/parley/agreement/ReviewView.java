package org.parley.agreement;

import java.time.LocalDate;

import org.parley.armedgroup.ControlLevel;
import org.parley.armedgroup.Stance;

/**
 * A review of a group as pages and the API show it.
 *
 * @param due its due date has come (it can be recorded)
 * @param overdue not recorded and its window has ended
 * @param reassess the team judged that the group must be assessed again in the case
 */
public record ReviewView(long id, long agreementId, long caseId, long groupId, String groupName, LocalDate dueOn,
		LocalDate windowEnds, Stance stance, ControlLevel control, String leadership, String tactics, String assessment,
		boolean reassess, LocalDate reviewedOn, String recordedBy, long version, boolean due, boolean overdue) {

	public boolean recorded() {
		return this.stance != null;
	}

}
