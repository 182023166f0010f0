package org.parley.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.Party;
import org.parley.agreement.PartyKind;
import org.parley.agreement.Recurrence;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

/**
 * What a version of an agreement must say before it is written: a validity that ends
 * after it starts, at least one party (a group of the registry by its registry name,
 * anyone else by a name), and at least one complete commitment that falls due within the
 * validity. Rows left empty on the form are dropped; a new commitment gets the key it
 * keeps across versions.
 */
final class DraftRules {

	private DraftRules() {
	}

	/**
	 * The draft checked and cleaned.
	 * @param groupNames the registry name of an armed group, empty if there is no such
	 * group
	 */
	static AgreementDraft checked(AgreementDraft draft, LongFunction<Optional<String>> groupNames) {
		if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
			throw new RuleViolation("validTo", "validation.date.before-start");
		}
		List<Party> parties = new ArrayList<>();
		for (Party party : draft.parties()) {
			if (!party.blank()) {
				parties.add(party(party, groupNames));
			}
		}
		if (parties.isEmpty()) {
			throw new RuleViolation("parties", "agreement.party.required");
		}
		List<Commitment> commitments = new ArrayList<>();
		for (Commitment commitment : draft.commitments()) {
			if (!commitment.blank()) {
				commitments.add(commitment(commitment, draft));
			}
		}
		if (commitments.isEmpty()) {
			throw new RuleViolation("commitments", "agreement.commitment.required");
		}
		return new AgreementDraft(draft.title(), draft.form(), draft.scopeArea(), draft.scopePopulation(),
				draft.scopeActivities(), draft.validFrom(), draft.validTo(), draft.summary(), draft.fullText(),
				draft.stage(), draft.signingStatus(), draft.disputeSettlement(), parties, commitments);
	}

	private static Party party(Party party, LongFunction<Optional<String>> groupNames) {
		PartyKind kind = (party.kind() != null) ? party.kind() : PartyKind.OTHER;
		if (kind == PartyKind.ARMED_GROUP) {
			String name = Optional.ofNullable(party.groupId())
				.flatMap(groupNames::apply)
				.orElseThrow(() -> new RuleViolation("parties", "armedgroup.relation.unknown-group"));
			return new Party(kind, party.groupId(), name);
		}
		if (Text.blankToNull(party.name()) == null) {
			throw new RuleViolation("parties", "agreement.party.name-required");
		}
		return new Party(kind, null, party.name().strip());
	}

	/** A commitment complete, falling due within the validity, with its key. */
	private static Commitment commitment(Commitment c, AgreementDraft draft) {
		if (Text.blankToNull(c.owedBy()) == null || Text.blankToNull(c.what()) == null
				|| Text.blankToNull(c.verification()) == null) {
			throw new RuleViolation("commitments", "agreement.commitment.incomplete");
		}
		Recurrence recurrence = (c.recurrence() != null) ? c.recurrence() : Recurrence.NONE;
		Integer day = (recurrence == Recurrence.NONE) ? null : c.recurrenceDay();
		switch (recurrence) {
			case NONE -> {
				if (c.dueOn() == null) {
					throw new RuleViolation("commitments", "agreement.commitment.due-required");
				}
			}
			case WEEKLY -> {
				if (day == null || day < 1 || day > 7) {
					throw new RuleViolation("commitments", "agreement.commitment.weekday");
				}
			}
			case MONTHLY -> {
				if (day == null || day < 1 || day > 28) {
					throw new RuleViolation("commitments", "agreement.commitment.month-day");
				}
			}
		}
		String key = (Text.blankToNull(c.key()) != null) ? c.key() : UUID.randomUUID().toString();
		Commitment clean = new Commitment(key, c.owedBy().strip(), c.what().strip(),
				(c.category() != null) ? c.category() : CommitmentCategory.OTHER,
				(recurrence == Recurrence.NONE) ? c.dueOn() : null, recurrence, day, c.verification().strip());
		if (!DueDates.of(clean, draft.validFrom()).fallsWithin(draft.validFrom(), draft.validTo())) {
			throw new RuleViolation("commitments", (recurrence == Recurrence.NONE) ? "agreement.commitment.due-outside"
					: "agreement.commitment.never-falls");
		}
		return clean;
	}

}
