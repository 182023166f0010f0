package org.parley.armedgroup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.TreeSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a user writes about a group: the page form and the API body alike, with the same
 * validation. Labels and presence are optional here: null keeps what the group has (the
 * page edits them one row at a time).
 */
public record GroupProfile(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
		@Size(max = 30,
				message = "{armedgroup.aliases.too-many}") List<@Size(max = 200,
						message = "{validation.too-long}") String> aliases,
		Set<String> categories, Set<String> tactics, Set<String> revenueSources,
		@Size(max = 20000, message = "{validation.too-long}") String description, Structure structure,
		@PositiveOrZero(message = "{validation.range}") Integer sizeMin,
		@PositiveOrZero(message = "{validation.range}") Integer sizeMax,
		@Size(max = 20000, message = "{validation.too-long}") String leadership,
		@Size(max = 20000, message = "{validation.too-long}") String cohesion,
		@Size(max = 20000, message = "{validation.too-long}") String interestsEconomic,
		@Size(max = 20000, message = "{validation.too-long}") String interestsPolitical,
		@Size(max = 20000, message = "{validation.too-long}") String interestsSocial, StateRelation stateRelation,
		@Size(max = 20000, message = "{validation.too-long}") String stateRelationNotes, LegalStatus legalStatus,
		@Size(max = 300, message = "{validation.too-long}") String legalStatusSource,
		@Size(max = 20000, message = "{validation.too-long}") String legalStatusReasoning, Stance stance,
		@Size(max = 20000, message = "{validation.too-long}") String stanceEvidence, Strategy strategy,
		@Valid @Size(max = 50, message = "{validation.too-many}") List<GroupLabel> labels,
		@Valid @Size(max = 200, message = "{validation.too-many}") List<Presence> presence) {

	public GroupProfile {
		aliases = cleanAliases(aliases);
		categories = sorted(categories);
		tactics = sorted(tactics);
		revenueSources = sorted(revenueSources);
		name = (name == null) ? null : name.strip();
	}

	/** An empty profile for the "new group" form. */
	public static GroupProfile empty() {
		return new GroupProfile(null, List.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static Set<String> sorted(Set<String> codes) {
		return (codes == null) ? Collections.emptySortedSet() : Collections
			.unmodifiableSortedSet(new TreeSet<>(codes.stream().filter((c) -> c != null && !c.isBlank()).toList()));
	}

	private static List<String> cleanAliases(List<String> aliases) {
		if (aliases == null) {
			return List.of();
		}
		Set<String> clean = new LinkedHashSet<>();
		for (String alias : aliases) {
			if (alias != null && !alias.isBlank()) {
				clean.add(alias.strip());
			}
		}
		return new ArrayList<>(clean);
	}

}
