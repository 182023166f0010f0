package org.parley.protection.keys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The master keys, read once at start. Without one configured, Parley does not start,
 * except in the demo, test and scale profiles, which use the published DEMO-ONLY key (the
 * scale data is fictional: decision 0031).
 */
@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

	@Bean
	MasterKeys masterKeys(ProtectionProperties properties, Environment environment) {
		boolean demo = environment.acceptsProfiles(Profiles.of("demo | test | scale"));
		try {
			return MasterKeys.load(properties.masterKeyset(), demo);
		}
		catch (IllegalStateException ex) {
			throw new MasterKeyException(ex.getMessage(), ex.getCause());
		}
	}

}
