package org.parley.protection.keys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The master keys, read once at start. Without one configured, Parley does not start,
 * except in the demo and test profiles, which use the published DEMO-ONLY key.
 */
@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

	@Bean
	MasterKeys masterKeys(ProtectionProperties properties, Environment environment) {
		boolean demo = environment.acceptsProfiles(Profiles.of("demo | test"));
		try {
			return MasterKeys.load(properties.masterKeyset(), demo);
		}
		catch (IllegalStateException ex) {
			throw new MasterKeyException(ex.getMessage(), ex.getCause());
		}
	}

}
