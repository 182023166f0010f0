package org.parley.protection;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps every {@link Sealed} field to its text column, as stored: no cryptography here, so
 * that a decrypted value never sits in an entity Hibernate may flush.
 */
@Converter(autoApply = true)
public class SealedConverter implements AttributeConverter<Sealed, String> {

	@Override
	public String convertToDatabaseColumn(Sealed value) {
		return (value != null) ? value.stored() : null;
	}

	@Override
	public Sealed convertToEntityAttribute(String stored) {
		return Sealed.stored(stored);
	}

}
