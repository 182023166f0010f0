package org.parley.incident;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A small set of enum values stored as one comma-separated column: read and changed as
 * one field, and audited as one.
 */
abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	EnumSetColumn(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(Set<E> values) {
		return (values == null) ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<E> convertToEntityAttribute(String column) {
		Set<E> values = EnumSet.noneOf(this.type);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map((name) -> Enum.valueOf(this.type, name.strip())).forEach(values::add);
		}
		return values;
	}

	@Converter
	public static class AffectedColumn extends EnumSetColumn<Affected> {

		public AffectedColumn() {
			super(Affected.class);
		}

	}

	@Converter
	public static class SharedFieldsColumn extends EnumSetColumn<SharedField> {

		public SharedFieldsColumn() {
			super(SharedField.class);
		}

	}

}
