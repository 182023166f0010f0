package org.parley.agreement.transfer;

import java.util.List;
import java.util.Map;

import org.parley.armedgroup.ArmedGroupDesignations;
import org.parley.armedgroup.DesignationMark;
import org.parley.armedgroup.DesignationView;
import org.parley.armedgroup.GroupRef;
import org.parley.armedgroup.InterlocutorRegistry;
import org.parley.negotiation.CaseRounds;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the transfer form offers: the case's groups marked with their designations in
 * force, the team's interlocutors the reader may know of, the case's rounds and the
 * commitments of its agreements.
 */
@Component
public class TransferChoices {

	private final ArmedGroupDesignations designations;

	private final InterlocutorRegistry interlocutors;

	private final CaseRounds rounds;

	private final TransferViews views;

	TransferChoices(ArmedGroupDesignations designations, InterlocutorRegistry interlocutors, CaseRounds rounds,
			TransferViews views) {
		this.designations = designations;
		this.interlocutors = interlocutors;
		this.rounds = rounds;
		this.views = views;
	}

	/** The case's groups, each with its designations in force. */
	public List<GroupRef> groups(CaseView view) {
		Map<Long, List<DesignationView>> active = this.designations
			.active(view.groups().stream().map(GroupRef::id).toList());
		return view.groups()
			.stream()
			.map((g) -> new GroupRef(g.id(), g.name(),
					active.getOrDefault(g.id(), List.of())
						.stream()
						.map((d) -> new DesignationMark(d.authority(), d.listedOn()))
						.toList()))
			.toList();
	}

	public List<InterlocutorRegistry.InterlocutorChoice> interlocutors(long teamId, CurrentUser user) {
		return this.interlocutors.teamChoices(teamId, user);
	}

	public List<CaseRounds.RoundRef> rounds(long caseId, CurrentUser user) {
		return this.rounds.of(caseId, user);
	}

	/** The commitments of the case's agreements, text by key. */
	@Transactional(readOnly = true)
	public Map<String, String> commitments(long caseId) {
		return this.views.commitmentsOf(caseId);
	}

}
