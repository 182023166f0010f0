package org.parley.negotiation.demo;

import org.parley.negotiation.MethodStep;
import org.parley.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three demo cases of the domain brief, and a younger fourth waiting for HQ's
 * decision, loaded with the {@code demo} profile through the same services as the pages
 * (so they carry a timeline and history), acting as the demo users. Loaded once: nothing
 * happens if cases exist.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final DemoSteps demo;

	private final UserDetailsService users;

	DemoCases(DemoSteps demo, UserDetailsService users) {
		this.demo = demo;
		this.users = users;
	}

	/**
	 * In one transaction: a start interrupted while loading leaves no half-loaded demo
	 * behind.
	 */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.demo.count("SELECT count(*) FROM negotiation_case") > 0
				|| this.demo.count("SELECT count(*) FROM armed_group") == 0) {
			return;
		}
		Long guerrero = this.demo.id("SELECT id FROM team WHERE name = 'México – Guerrero'");
		Long salvador = this.demo.id("SELECT id FROM team WHERE name = 'El Salvador'");
		if (guerrero == null || salvador == null) {
			return;
		}
		log.info("Demo profile: loading the four fictional negotiation cases.");
		CurrentUser mx = (CurrentUser) this.users.loadUserByUsername("field.mx");
		CurrentUser sv = (CurrentUser) this.users.loadUserByUsername("field.sv");
		CurrentUser hq = (CurrentUser) this.users.loadUserByUsername("hq");

		long clinic = DemoMexico.clinic(this.demo, guerrero, mx, hq);
		long ambulances = DemoSalvador.ambulances(this.demo, salvador, sv, hq);
		long hospital = DemoMexico.hospital(this.demo, guerrero, mx, hq);
		this.demo.answerAll(hospital, MethodStep.NEGOTIATION_ROUNDS, true, mx);
		this.demo.answerAll(ambulances, MethodStep.NEGOTIATION_ROUNDS, true, sv);
		// A fourth, younger case waits for HQ's decision to engage.
		DemoSalvador.vaccination(this.demo, salvador, sv);
		log.debug("Demo cases {}, {}, {} and the vaccination days loaded.", clinic, ambulances, hospital);
	}

}
