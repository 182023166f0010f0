package org.parley.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.parley.shared.PlausibleDate;

/**
 * A month typed as text ({@code 2026-11}) in the years Parley accepts
 * ({@link PlausibleDate.Range}): a year typed as 0, 1000, 9999 or 10000 is refused at its
 * field with the shared message. Text not shaped as a month passes: the field's
 * {@code @Pattern} names that fault.
 */
@Documented
@Constraint(validatedBy = PlausibleMonth.OfText.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface PlausibleMonth {

	/** A month as a form or the API writes it; years of more than four digits signed. */
	String SHAPE = "[+-]?[0-9]{4,6}-(0[1-9]|1[0-2])";

	String message() default "{" + PlausibleDate.MESSAGE_KEY + "}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The month within the accepted years; not a month at all is left to the pattern. */
	class OfText implements ConstraintValidator<PlausibleMonth, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || !value.trim().matches(SHAPE)) {
				return true;
			}
			java.time.YearMonth month = SeverityForm.monthOf(value);
			return month != null && PlausibleDate.Range.accepts(month.atDay(1));
		}

	}

}
