package org.parley.notification;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The arguments of a notification's message, stored in one column separated by the ASCII
 * unit separator (never part of the ids, numbers and dates they hold).
 */
@Converter
class MessageArgs implements AttributeConverter<List<String>, String> {

	private static final String SEPARATOR = "\u001f";

	@Override
	public String convertToDatabaseColumn(List<String> args) {
		return (args == null) ? "" : String.join(SEPARATOR, args);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return (column == null || column.isEmpty()) ? List.of() : Arrays.asList(column.split(SEPARATOR, -1));
	}

}
