package org.parley.negotiation.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The three demo cases of the domain brief, and a younger fourth waiting for HQ's
 * decision (demo profile), put on the demo's timeline: each step at its own date, by the
 * user who did it, through the same services as the pages (so they carry a timeline and
 * history). Loaded once, into a database without cases.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final DemoSteps demo;

	DemoCases(DemoSteps demo) {
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demo.count("SELECT count(*) FROM negotiation_case") > 0) {
			return;
		}
		Long guerrero = this.demo.id("SELECT id FROM team WHERE name = 'México – Guerrero'");
		Long salvador = this.demo.id("SELECT id FROM team WHERE name = 'El Salvador'");
		if (guerrero == null || salvador == null) {
			return;
		}
		log.info("Demo profile: the four fictional negotiation cases go on the demo's timeline.");
		LocalDate today = this.demo.calendar.today();
		DemoMexico.clinic(this.demo, guerrero, today);
		DemoSalvador.ambulances(this.demo, salvador, today);
		DemoMexico.hospital(this.demo, guerrero, today);
		// A fourth, younger case waits for HQ's decision to engage.
		DemoSalvador.vaccination(this.demo, salvador, today);
	}

}
