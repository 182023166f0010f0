package org.parley.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a person could mean: from 1 January 1900 to 31 December 2100. Parley records
 * what happened in negotiations and what is due under agreements, never anything outside
 * those years; a year typed as 0, 1000, 9999 or 10000 is a slip (or a probe), and is
 * refused at its field rather than stored, sorted first or last forever, or failing deep
 * in the database. A null date passes: whether one is required is {@code @NotNull}'s
 * business.
 */
@Documented
@Constraint(validatedBy = { PlausibleDate.OfLocalDate.class, PlausibleDate.OfYearMonth.class })
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	/** The message key every refusal uses, on pages and in the API. */
	String MESSAGE_KEY = "validation.date.range";

	String message() default "{" + MESSAGE_KEY + "}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * The years accepted, for the dates typed as text (the period filters of the lists, a
	 * month), checked where they are read.
	 */
	final class Range {

		/** The first day accepted. */
		public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

		/** The last day accepted. */
		public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

		private Range() {
		}

		/** Whether the day is within the accepted years; null is not a day and passes. */
		public static boolean accepts(LocalDate day) {
			return day == null || (!day.isBefore(FIRST) && !day.isAfter(LAST));
		}

	}

	/** {@link Range#accepts} for a date. */
	class OfLocalDate implements ConstraintValidator<PlausibleDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return Range.accepts(value);
		}

	}

	/** {@link Range#accepts} for the first day of a month. */
	class OfYearMonth implements ConstraintValidator<PlausibleDate, YearMonth> {

		@Override
		public boolean isValid(YearMonth value, ConstraintValidatorContext context) {
			return value == null || Range.accepts(value.atDay(1));
		}

	}

}
