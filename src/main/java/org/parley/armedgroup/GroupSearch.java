package org.parley.armedgroup;

import org.parley.shared.Text;

/**
 * What a user looks for in the registry. Every criterion is optional.
 *
 * @param q words that must all appear in the name or an alias (case and accents ignored)
 * @param country ISO country code where the group is present
 * @param category a group category code
 * @param tactic an observed tactic code
 * @param stance the group's stance towards humanitarian actors
 * @param sort {@code name} (A to Z, the default) or {@code updated} (latest first)
 */
public record GroupSearch(String q, String country, String category, String tactic, Stance stance, String sort) {

	public GroupSearch {
		q = Text.blankToNull(q);
		country = Text.blankToNull(country);
		category = Text.blankToNull(category);
		tactic = Text.blankToNull(tactic);
		sort = "updated".equals(sort) ? "updated" : "name";
	}

	public boolean byUpdate() {
		return "updated".equals(this.sort);
	}

	public boolean filtered() {
		return this.q != null || this.country != null || this.category != null || this.tactic != null
				|| this.stance != null;
	}

}
