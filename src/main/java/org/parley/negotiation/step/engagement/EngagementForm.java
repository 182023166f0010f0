package org.parley.negotiation.step.engagement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Step 5, engagement modality: direct or indirect, why, who negotiates, through which
 * intermediaries (interlocutors of the team's registry), and with which approaches.
 */
public record EngagementForm(Modality modality, @Size(max = 20000, message = "{validation.too-long}") String reason,
		@Valid @Size(max = 30, message = "{validation.too-many}") List<TeamMember> members, Set<Long> intermediaryIds,
		Set<Approach> approaches) {

	public EngagementForm {
		members = (members == null) ? new ArrayList<>() : new ArrayList<>(members);
		intermediaryIds = (intermediaryIds == null) ? new LinkedHashSet<>() : new LinkedHashSet<>(intermediaryIds);
		approaches = (approaches == null) ? new LinkedHashSet<>() : new LinkedHashSet<>(approaches);
	}

	public static EngagementForm empty() {
		return new EngagementForm(null, null, null, null, null);
	}

	public EngagementForm withBlankRows() {
		List<TeamMember> rows = new ArrayList<>(this.members);
		while (rows.size() < this.members.size() + 2) {
			rows.add(new TeamMember(null, null));
		}
		return new EngagementForm(this.modality, this.reason, rows, this.intermediaryIds, this.approaches);
	}

}
