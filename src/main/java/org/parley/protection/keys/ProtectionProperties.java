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
 */
@ConfigurationProperties("parley.protection")
public record ProtectionProperties(List<String> masterKeyset, @DefaultValue("1m") Duration keyCacheTtl,
		@DefaultValue("500") int batchSize) {

	public ProtectionProperties {
		masterKeyset = (masterKeyset != null)
				? masterKeyset.stream().map(String::strip).filter((path) -> !path.isEmpty()).toList() : List.of();
	}

}
