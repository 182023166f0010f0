package org.parley.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed from one version of an agreement to another: each agreement-level field,
 * and each commitment matched across the versions by its key (which stays the same when a
 * commitment is edited), so that HQ sees a commitment changed rather than one removed and
 * another added.
 *
 * @param fields the agreement-level fields, in the order of the page
 * @param commitments the commitments of the later version in its order, then those it
 * removed
 */
public record VersionDiff(List<FieldDiff> fields, List<CommitmentDiff> commitments) {

	private static final Map<String, Function<AgreementDraft, Object>> FIELDS = new LinkedHashMap<>();

	private static final Map<String, Function<Commitment, Object>> COMMITMENT_FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("title", AgreementDraft::title);
		FIELDS.put("form", AgreementDraft::form);
		FIELDS.put("stage", AgreementDraft::stage);
		FIELDS.put("signingStatus", AgreementDraft::signingStatus);
		FIELDS.put("validFrom", AgreementDraft::validFrom);
		FIELDS.put("validTo", AgreementDraft::validTo);
		FIELDS.put("disputeSettlement", AgreementDraft::disputeSettlement);
		FIELDS.put("summary", AgreementDraft::summary);
		FIELDS.put("fullText", AgreementDraft::fullText);
		FIELDS.put("scopeArea", AgreementDraft::scopeArea);
		FIELDS.put("scopePopulation", AgreementDraft::scopePopulation);
		FIELDS.put("scopeActivities", AgreementDraft::scopeActivities);
		FIELDS.put("parties", AgreementDraft::parties);
		COMMITMENT_FIELDS.put("owedBy", Commitment::owedBy);
		COMMITMENT_FIELDS.put("what", Commitment::what);
		COMMITMENT_FIELDS.put("category", Commitment::category);
		COMMITMENT_FIELDS.put("when", (c) -> List.of(Objects.toString(c.recurrence()), Objects.toString(c.dueOn()),
				Objects.toString(c.recurrenceDay())));
		COMMITMENT_FIELDS.put("verification", Commitment::verification);
	}

	/** The changes from {@code before} to {@code after}. */
	public static VersionDiff between(AgreementDraft before, AgreementDraft after) {
		List<FieldDiff> fields = new ArrayList<>();
		FIELDS.forEach((name, read) -> {
			Object was = read.apply(before);
			Object is = read.apply(after);
			fields.add(new FieldDiff(name, was, is, !Objects.equals(was, is)));
		});
		Map<String, Commitment> earlier = new LinkedHashMap<>();
		before.commitments().forEach((c) -> earlier.put(c.key(), c));
		List<CommitmentDiff> commitments = new ArrayList<>();
		for (Commitment now : after.commitments()) {
			Commitment was = earlier.remove(now.key());
			if (was == null) {
				commitments.add(new CommitmentDiff(now.key(), Change.ADDED, null, now, Set.of()));
				continue;
			}
			Set<String> changed = new LinkedHashSet<>();
			COMMITMENT_FIELDS.forEach((name, read) -> {
				if (!Objects.equals(read.apply(was), read.apply(now))) {
					changed.add(name);
				}
			});
			commitments.add(new CommitmentDiff(now.key(), changed.isEmpty() ? Change.UNCHANGED : Change.CHANGED, was,
					now, changed));
		}
		earlier.values()
			.forEach((was) -> commitments.add(new CommitmentDiff(was.key(), Change.REMOVED, was, null, Set.of())));
		return new VersionDiff(fields, commitments);
	}

	/** Whether anything at all changed. */
	public boolean changed() {
		return this.fields.stream().anyMatch(FieldDiff::changed)
				|| this.commitments.stream().anyMatch((c) -> c.change() != Change.UNCHANGED);
	}

	/** How a commitment differs between the two versions. */
	public enum Change {

		ADDED, REMOVED, CHANGED, UNCHANGED

	}

	/** An agreement-level field in both versions. */
	public record FieldDiff(String field, Object before, Object after, boolean changed) {
	}

	/**
	 * A commitment in both versions (before is null when added, after when removed).
	 *
	 * @param changedFields owedBy, what, category, when, verification: those that differ
	 */
	public record CommitmentDiff(String key, Change change, Commitment before, Commitment after,
			Set<String> changedFields) {

		public boolean changed(String field) {
			return this.changedFields.contains(field);
		}

	}

}
