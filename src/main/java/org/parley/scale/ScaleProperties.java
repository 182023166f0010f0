package org.parley.scale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scale data's settings ({@code parley.scale.*}).
 *
 * @param factor the share of the full size to make: 1 makes 1,000,000 cases, 0.01 makes
 * 10,000 (teams and their accounts are always 50 and 500)
 * @param exit whether the application stops once the data is made (the command); false
 * keeps it running (tests, or to look at the data at once)
 * @param seed the seed of the generator: the same seed and factor make the same data
 * @param generate false to serve data made before (with the scale profile's keys)
 */
@ConfigurationProperties("parley.scale")
public record ScaleProperties(@DefaultValue("1.0") double factor, @DefaultValue("true") boolean exit,
		@DefaultValue("2026") long seed, @DefaultValue("true") boolean generate) {

	public ScaleProperties {
		if (!(factor > 0 && factor <= 1)) {
			throw new IllegalArgumentException("parley.scale.factor must be more than 0 and at most 1: " + factor);
		}
	}

}
