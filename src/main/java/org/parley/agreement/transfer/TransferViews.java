package org.parley.agreement.transfer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.agreement.TransferView;
import org.parley.agreement.internal.Agreement;
import org.parley.agreement.internal.AgreementRepository;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.armedgroup.InterlocutorRegistry;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseRounds;
import org.parley.negotiation.CaseView;
import org.parley.protection.FieldSealer;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Transfers as readers see them: the recipient by name (a group's, an interlocutor's code
 * name if the reader may know it, or the sealed name), the round by its number, the
 * commitment by its text, the sealed texts opened under the team's key.
 */
@Component
class TransferViews {

	private final AgreementRepository agreements;

	private final ArmedGroupQueries groups;

	private final InterlocutorRegistry interlocutors;

	private final CaseRounds rounds;

	private final CaseQueries cases;

	private final FieldSealer sealer;

	TransferViews(AgreementRepository agreements, ArmedGroupQueries groups, InterlocutorRegistry interlocutors,
			CaseRounds rounds, CaseQueries cases, FieldSealer sealer) {
		this.agreements = agreements;
		this.groups = groups;
		this.interlocutors = interlocutors;
		this.rounds = rounds;
		this.cases = cases;
		this.sealer = sealer;
	}

	/** The commitments of the case's agreements, by key, each by its latest text. */
	Map<String, String> commitmentsOf(long caseId) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Agreement agreement : this.agreements.findByCaseId(caseId)) {
			agreement.details().versions().forEach((v) -> v.content().commitments().forEach((c) -> {
				if (c.key() != null && c.what() != null) {
					texts.putIfAbsent(c.key(), c.what());
				}
			}));
		}
		return texts;
	}

	/** Transfers of one case. */
	List<TransferView> of(CaseGrant grant, List<CaseTransfer> found, CurrentUser user) {
		if (found.isEmpty()) {
			return List.of();
		}
		return views(grant.caseId(), null, found, user);
	}

	/** Transfers of several cases, each with its case's title. */
	List<TransferView> acrossCases(List<CaseTransfer> found, CurrentUser user) {
		Map<Long, List<CaseTransfer>> byCase = found.stream()
			.collect(Collectors.groupingBy(CaseTransfer::caseId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, TransferView> views = new HashMap<>();
		byCase.forEach((caseId, ofCase) -> {
			CaseView view = this.cases.get(caseId, user);
			views(caseId, view.redacted() ? null : view.title(), ofCase, user).forEach((v) -> views.put(v.id(), v));
		});
		return found.stream().map((t) -> views.get(t.getId())).toList();
	}

	private List<TransferView> views(long caseId, String caseTitle, List<CaseTransfer> found, CurrentUser user) {
		long teamId = found.get(0).teamId();
		Map<Long, String> groupNames = this.groups
			.refs(found.stream().map(CaseTransfer::getGroupId).filter(java.util.Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(GroupRef::id, GroupRef::name));
		Map<Long, String> codeNames = found.stream().anyMatch((t) -> t.getInterlocutorId() != null)
				? this.interlocutors.teamChoices(teamId, user)
					.stream()
					.collect(Collectors.toMap(InterlocutorRegistry.InterlocutorChoice::id,
							InterlocutorRegistry.InterlocutorChoice::codeName))
				: Map.of();
		Map<Long, Integer> roundNumbers = found.stream().anyMatch((t) -> t.getRoundId() != null)
				? this.rounds.of(caseId, user)
					.stream()
					.collect(Collectors.toMap(CaseRounds.RoundRef::id, CaseRounds.RoundRef::number))
				: Map.of();
		Map<String, String> commitments = found.stream().anyMatch((t) -> t.getCommitmentKey() != null)
				? commitmentsOf(caseId) : Map.of();
		Function<CaseTransfer, String> recipient = (t) -> switch (t.getRecipientKind()) {
			case GROUP -> groupNames.get(t.getGroupId());
			case INTERLOCUTOR -> codeNames.get(t.getInterlocutorId());
			case OTHER -> this.sealer.text(t.teamId(), CaseTransfer.RECIPIENT_OTHER, t.getRecipientOther());
		};
		return found.stream()
			.map((t) -> new TransferView(t.getId(), t.caseId(), caseTitle, t.getGivenOn(), t.getKind(), t.getAmount(),
					t.getCurrency(), t.getRecipientKind(), t.getGroupId(), t.getInterlocutorId(), recipient.apply(t),
					t.isDesignated(), t.getRoundId(),
					(t.getRoundId() != null) ? roundNumbers.get(t.getRoundId()) : null, t.getCommitmentKey(),
					(t.getCommitmentKey() != null) ? commitments.get(t.getCommitmentKey()) : null,
					this.sealer.text(t.teamId(), CaseTransfer.JUSTIFICATION, t.getJustification()),
					this.sealer.text(t.teamId(), CaseTransfer.LEGAL_BASIS, t.getLegalBasis()), t.getStatus(),
					t.getRefusal(), this.sealer.text(t.teamId(), CaseTransfer.REVIEW_COMMENT, t.getReviewComment()),
					t.getReviewedBy(), t.getReviewedAt(), t.getRecordedBy(), t.getRecordedAt(), t.getVersion()))
			.toList();
	}

}
