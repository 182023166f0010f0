package org.parley.negotiation;

import java.time.LocalDate;
import java.util.List;

import org.parley.negotiation.step.rounds.Rounds;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's rounds as other modules name them (a transfer relates to one, decision 0026):
 * their place among the case's rounds and their day, the day left out of a strictly
 * confidential round the reader may not open.
 */
@Service
public class CaseRounds {

	private final CaseAccess access;

	private final Rounds rounds;

	CaseRounds(CaseAccess access, Rounds rounds) {
		this.access = access;
		this.rounds = rounds;
	}

	/** The case's rounds, the newest first, if the user may read the case. */
	@Transactional(readOnly = true)
	public List<RoundRef> of(long caseId, CurrentUser user) {
		return this.rounds.of(this.access.toRead(caseId, user))
			.stream()
			.map((r) -> new RoundRef(r.id(), r.number(), r.redacted() ? null : r.content().heldOn()))
			.toList();
	}

	/**
	 * A round of a case.
	 *
	 * @param number its place in the case's rounds, in date order (1 is the first)
	 * @param heldOn its day, or null when the reader may not read it
	 */
	public record RoundRef(long id, int number, LocalDate heldOn) {
	}

}
