package org.parley.shared.web;

import java.time.temporal.Temporal;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.util.ClassUtils;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The field at fault in an API request that could not be read, named as the client names
 * it ({@code people.staffKilled}, {@code actors[0].kind}, a parameter), and the message
 * saying what it takes: so that a number sent as text is refused at its field, as Bean
 * Validation refuses a value too long.
 *
 * @param name the property path or parameter name
 * @param messageKey what the field takes
 */
record UnreadableField(String name, String messageKey) {

	/** The field the exception names, or null when it names none (JSON cut off). */
	static UnreadableField of(Exception ex) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return new UnreadableField(mismatch.getName(), key(mismatch.getRequiredType()));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return new UnreadableField(missing.getParameterName(), "validation.required");
		}
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
				Class<?> target = (json instanceof MismatchedInputException mismatched) ? mismatched.getTargetType()
						: null;
				return new UnreadableField(path(json.getPath()), key(target));
			}
		}
		return null;
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String key(Class<?> type) {
		Class<?> boxed = (type != null) ? ClassUtils.resolvePrimitiveIfNecessary(type) : Object.class;
		if (Number.class.isAssignableFrom(boxed)) {
			return "typeMismatch.number";
		}
		if (Temporal.class.isAssignableFrom(boxed)) {
			return "typeMismatch.date";
		}
		if (boxed.isEnum()) {
			return "typeMismatch.choice";
		}
		return "typeMismatch";
	}

}
