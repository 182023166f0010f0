package org.parley.protection.keys;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sensitive fields are sealed.
 *
 * @param masterKeyset the master keyset files (Tink JSON keysets), comma-separated: the
 * first wraps data keys, the others only unwrap the keys still wrapped by them (during a
 * master key rotation). Without one, Parley refuses to start, except in the demo and test
 * profiles, which use the published DEMO-ONLY key.
 * @param keyCacheTtl how long an instance keeps a data key before reading it again, so
 * that every instance sees a rotation within it
 * @param batchSize rows read and resealed per transaction by the rotation and the
 * start-up sealing
 * @param destruction the emergency destruction of a team's strictly confidential data
 */
@ConfigurationProperties("parley.protection")
public record ProtectionProperties(List<String> masterKeyset, @DefaultValue("1m") Duration keyCacheTtl,
		@DefaultValue("500") int batchSize, @DefaultValue Destruction destruction) {

	/**
	 * The emergency destruction.
	 *
	 * @param confirmWithin how long a second administrator has to confirm it once a first
	 * one started it ({@code parley.protection.destruction.confirm-within})
	 */
	public record Destruction(@DefaultValue("PT30M") Duration confirmWithin) {

		/** Thirty minutes to confirm. */
		public static final Destruction DEFAULT = new Destruction(Duration.ofMinutes(30));

		public Destruction {
			if (confirmWithin == null || confirmWithin.isNegative() || confirmWithin.isZero()) {
				confirmWithin = Duration.ofMinutes(30);
			}
		}

	}

	public ProtectionProperties {
		masterKeyset = (masterKeyset != null)
				? masterKeyset.stream().map(String::strip).filter((path) -> !path.isEmpty()).toList() : List.of();
		destruction = (destruction != null) ? destruction : Destruction.DEFAULT;
	}

}
