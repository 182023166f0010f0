package org.parley.agreement.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.agreement.TransferKind;
import org.parley.agreement.TransferRecipient;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A transfer as a field officer records it (decision 0026): when, what, its value, who
 * received it, what it relates to, why, its legal basis, and whether it is given in
 * exchange for access (a yes is refused: the organisation's red line).
 *
 * @param forAccess the answer to "is this given in exchange for access (passage,
 * presence, delivery)?"
 */
public record TransferRecord(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate givenOn,
		@NotNull(message = "{validation.required}") TransferKind kind,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01",
				message = "{transfer.amount.positive}") @Digits(integer = 12, fraction = 2,
						message = "{transfer.amount.digits}") BigDecimal amount,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "\\s*[A-Za-z]{3}\\s*",
				message = "{transfer.currency.invalid}") String currency,
		@NotNull(message = "{validation.required}") TransferRecipient recipientKind, Long groupId, Long interlocutorId,
		@Size(max = 300, message = "{validation.too-long}") String recipientOther, Long roundId,
		@Size(max = 36, message = "{validation.too-long}") String commitmentKey,
		@NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.too-long}") String justification,
		@Size(max = 5000, message = "{validation.too-long}") String legalBasis,
		@NotNull(message = "{transfer.for-access.required}") Boolean forAccess) {

	/** The currency's code in capitals. */
	public String currencyCode() {
		return (this.currency != null) ? this.currency.strip().toUpperCase(java.util.Locale.ROOT) : null;
	}

}
