package org.parley.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's words for the audit entries of its records, so that a history reads as the
 * module's own pages do: the name of each record type it owns, its fields labelled as its
 * forms label them, its choices as its badges show them, its records named by their
 * title. The audit module knows no other module; each module implements this (as a Spring
 * bean) for the types it owns, and {@link AuditDescriptions} asks them all.
 */
public interface AuditVocabulary {

	/** The record types this module owns, with the words for their fields. */
	List<AuditedType> types();

	/**
	 * The titles of records of a type this module owns (a case by its title, a group by
	 * its name), by id. Ids not found (a deleted record) are left out. The reader has
	 * already been allowed to see the entries naming them.
	 */
	default Map<String, String> titles(String entityType, Set<String> ids, java.util.Locale locale) {
		return Map.of();
	}

	/**
	 * The display names of people by username; only the module that keeps the accounts
	 * answers.
	 */
	default Map<String, String> people(Set<String> usernames) {
		return Map.of();
	}

}
