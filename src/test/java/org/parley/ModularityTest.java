package org.parley;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries honest (no cycles, no reaching into another module's
 * internals) and writes the module diagrams to target/spring-modulith-docs.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(ParleyApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writeModuleDiagrams() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
