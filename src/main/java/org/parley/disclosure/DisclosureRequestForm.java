package org.parley.disclosure;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.parley.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A disclosure request as the team records it, on the page and through the API: who
 * asked, how, on what basis, for what, by when, and what it concerns.
 *
 * @param teamId the team whose data is asked for; fixed once recorded
 * @param requesterName the person and the organisation or office that asked
 * @param legalBasisDetail the basis as the requester stated it (the article of law, the
 * number of the court order, the clause of the donor agreement)
 * @param requested what the requester asks for, in their words
 * @param deadline the date by which the requester wants an answer, if any
 * @param caseIds the cases concerned, of the same team
 * @param groupIds the armed groups of the registry concerned
 * @param interlocutorIds the team's interlocutors concerned (by code name on the pages)
 */
public record DisclosureRequestForm(Long teamId,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate receivedOn,
		@NotNull(message = "{validation.required}") RequesterKind requesterKind,
		@NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.too-long}") String requesterName,
		@NotNull(message = "{validation.required}") Channel channel,
		@NotNull(message = "{validation.required}") LegalBasis legalBasis,
		@Size(max = 5000, message = "{validation.too-long}") String legalBasisDetail,
		@NotBlank(message = "{validation.required}") @Size(max = 20000,
				message = "{validation.too-long}") String requested,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate deadline,
		@Size(max = 50, message = "{validation.too-many}") Set<Long> caseIds,
		@Size(max = 50, message = "{validation.too-many}") Set<Long> groupIds,
		@Size(max = 50, message = "{validation.too-many}") Set<Long> interlocutorIds) {

	/** Links not sent are none. */
	public DisclosureRequestForm {
		caseIds = (caseIds != null) ? Set.copyOf(caseIds.stream().filter(java.util.Objects::nonNull).toList())
				: Set.of();
		groupIds = (groupIds != null) ? Set.copyOf(groupIds.stream().filter(java.util.Objects::nonNull).toList())
				: Set.of();
		interlocutorIds = (interlocutorIds != null)
				? Set.copyOf(interlocutorIds.stream().filter(java.util.Objects::nonNull).toList()) : Set.of();
	}

	/** A new request's form: received today, nothing else known yet. */
	static DisclosureRequestForm blank(Long teamId, LocalDate today) {
		return new DisclosureRequestForm(teamId, today, null, null, null, null, null, null, null, null, null, null);
	}

}
