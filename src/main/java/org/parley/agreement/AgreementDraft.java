package org.parley.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a field officer writes in a version of an agreement: what was agreed, by whom, in
 * what form, where and for whom, from when to when, and the commitments.
 */
public record AgreementDraft(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String title,
		@NotNull(message = "{validation.required}") FormOfAgreement form,
		@Size(max = 5000, message = "{validation.too-long}") String scopeArea,
		@Size(max = 5000, message = "{validation.too-long}") String scopePopulation,
		@Size(max = 5000, message = "{validation.too-long}") String scopeActivities,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate validTo,
		@NotBlank(message = "{validation.required}") @Size(max = 20000,
				message = "{validation.too-long}") String summary,
		@Size(max = 100000, message = "{validation.too-long}") String fullText,
		@NotNull(message = "{validation.required}") Stage stage,
		@NotNull(message = "{validation.required}") SigningStatus signingStatus,
		@NotNull(message = "{validation.required}") DisputeSettlement disputeSettlement,
		@Valid @Size(max = 20, message = "{validation.too-many}") List<Party> parties,
		@Valid @Size(max = 100, message = "{validation.too-many}") List<Commitment> commitments) {

	public AgreementDraft {
		parties = (parties == null) ? new ArrayList<>() : new ArrayList<>(parties);
		commitments = (commitments == null) ? new ArrayList<>() : new ArrayList<>(commitments);
	}

	/** A first draft: the organisation as first party, then the case's groups. */
	public static AgreementDraft first(String title, List<Party> parties, LocalDate today) {
		return new AgreementDraft(title, null, null, null, null, today, null, null, null, Stage.IMPLEMENTATION, null,
				null, parties, null);
	}

	/** The same draft with a few empty rows to type into. */
	public AgreementDraft withBlankRows() {
		List<Party> partyRows = new ArrayList<>(this.parties);
		partyRows.add(new Party(null, null, null));
		List<Commitment> rows = new ArrayList<>(this.commitments);
		rows.add(new Commitment(null, null, null, null, null, Recurrence.NONE, null, null));
		if (this.commitments.isEmpty()) {
			rows.add(new Commitment(null, null, null, null, null, Recurrence.NONE, null, null));
		}
		return new AgreementDraft(this.title, this.form, this.scopeArea, this.scopePopulation, this.scopeActivities,
				this.validFrom, this.validTo, this.summary, this.fullText, this.stage, this.signingStatus,
				this.disputeSettlement, partyRows, rows);
	}

}
