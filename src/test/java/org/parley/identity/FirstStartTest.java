package org.parley.identity;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ParleyApplication;
import org.parley.protection.keys.MasterKeyException;
import org.parley.protection.keys.MasterKeys;
import org.parley.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The very first start of Parley, on an empty database of its own, without the demo
 * profile.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	@Test
	void withoutConfigurationAnAdministratorGetsAOneTimePasswordPrintedOnce(CapturedOutput output) {
		try (ConfigurableApplicationContext app = start(Map.of())) {
			Matcher printed = Pattern.compile("One-time password: (\\S+)").matcher(output.getOut());
			assertThat(printed.find()).isTrue();
			String password = printed.group(1);

			Map<String, Object> admin = jdbc(app)
				.queryForMap("SELECT username, password_hash, must_change_password FROM app_user");
			assertThat(admin).containsEntry("username", "admin").containsEntry("must_change_password", true);
			assertThat(app.getBean(PasswordEncoder.class).matches(password, (String) admin.get("password_hash")))
				.isTrue();
			assertThat(jdbc(app).queryForList("SELECT role FROM user_role", String.class)).containsExactly("ADMIN");
			assertThat(printed.find()).as("printed only once").isFalse();
		}
	}

	@Test
	void theAdministratorCanBeGivenByEnvironment(CapturedOutput output) {
		try (ConfigurableApplicationContext app = start(
				Map.of("parley.admin.username", "chief", "parley.admin.password", "a sentence only I know"))) {
			Map<String, Object> admin = jdbc(app)
				.queryForMap("SELECT username, password_hash, must_change_password FROM app_user");
			assertThat(admin).containsEntry("username", "chief").containsEntry("must_change_password", false);
			assertThat(app.getBean(PasswordEncoder.class)
				.matches("a sentence only I know", (String) admin.get("password_hash"))).isTrue();
			assertThat(output.getOut()).doesNotContain("One-time password");
			assertThat(
					jdbc(app).queryForObject("SELECT count(*) FROM app_user WHERE username = 'field.mx'", Long.class))
				.as("no demo data without the demo profile")
				.isZero();
		}
	}

	@Test
	void withoutAMasterKeyParleyRefusesToStartAndSaysHowToMakeOne() {
		assertThatThrownBy(() -> start(Map.of(), false).close()).hasRootCauseInstanceOf(MasterKeyException.class)
			.rootCause()
			.hasMessageContaining("No master key is configured")
			.hasMessageContaining("PARLEY_MASTER_KEYSET")
			.hasMessageContaining("generate-master-key");
	}

	private static ConfigurableApplicationContext start(Map<String, String> properties) {
		return start(properties, true);
	}

	/**
	 * @param masterKey whether to configure a master key (the published demo one: these
	 * starts seal nothing worth protecting)
	 */
	private static ConfigurableApplicationContext start(Map<String, String> properties, boolean masterKey) {
		String url = TestDatabase.createDatabase();
		// The roles and the audit MAC key come from the run's system properties.
		java.util.List<String> args = new java.util.ArrayList<>(
				java.util.List.of("--spring.datasource.url=" + url, "--server.port=0"));
		if (masterKey) {
			args.add("--parley.protection.master-keyset=" + MasterKeys.DEMO_KEYSET);
		}
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(ParleyApplication.class).run(args.toArray(String[]::new));
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext app) {
		return app.getBean(JdbcTemplate.class);
	}

}
