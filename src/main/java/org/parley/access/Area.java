package org.parley.access;

import org.parley.shared.Text;

/**
 * Where access is constrained: a country (ISO 3166-1 alpha-2), a region (state,
 * department) and, optionally, a locality (municipality, district, neighbourhood). Kept
 * in clear: HQ compares areas (decision 0027).
 */
public record Area(String country, String region, String locality) implements Comparable<Area> {

	public Area {
		country = (country != null) ? country.trim().toUpperCase(java.util.Locale.ROOT) : null;
		region = Text.blankToNull(region);
		locality = Text.blankToNull(locality);
	}

	/** "Guerrero – Sierra Alta", or the region alone. */
	public String place() {
		return (this.locality != null) ? this.region + " – " + this.locality : this.region;
	}

	@Override
	public int compareTo(Area other) {
		return java.util.Comparator.comparing(Area::country)
			.thenComparing(Area::region)
			.thenComparing((Area a) -> (a.locality != null) ? a.locality : "")
			.compare(this, other);
	}

}
