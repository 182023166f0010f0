package org.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keeps the module boundaries honest: every module declares the modules it may depend on,
 * the build fails on a dependency it has not declared or on a reach into another module's
 * internal packages, and the module diagrams in {@code docs/modules} are the ones this
 * test generates.
 */
class ModularityTest {

	/** Where the diagrams are kept; {@code -Dparley.docs.write=true} writes them anew. */
	private static final Path DOCS = Path.of("docs", "modules");

	private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

	private static final ApplicationModules modules = ApplicationModules.of(ParleyApplication.class);

	@Test
	void modulesRespectTheirDeclaredBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayDependOn() {
		List<String> open = new ArrayList<>();
		modules.forEach((module) -> {
			Package base = packageOf(module.getBasePackage().getName());
			ApplicationModule declared = (base != null) ? base.getAnnotation(ApplicationModule.class) : null;
			if (declared == null || List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN)) {
				open.add(module.getIdentifier().toString());
			}
		});
		assertThat(open).as("modules without declared allowed dependencies").isEmpty();
	}

	@Test
	void aDependencyNotDeclaredOrOnAnotherModulesInternalsFailsTheBuild() {
		ApplicationModules fixture = ApplicationModules.of("org.parley.modulithcheck", (location) -> true);
		assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class)
			.hasMessageContaining("Module 'alpha' depends on module 'beta'")
			.hasMessageContaining(
					"Module 'gamma' depends on non-exposed type org.parley.modulithcheck.beta.internal.Hidden")
			.satisfies((violations) -> assertThat(violations.getMessage())
				.doesNotContain("gamma.Gamma -> org.parley.modulithcheck.beta.Beta"));
	}

	@Test
	void theDiagramsInTheDocsAreTheOnesGeneratedFromTheCode() throws IOException {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		List<Path> generated;
		try (Stream<Path> files = Files.list(GENERATED)) {
			generated = files.filter((p) -> p.toString().endsWith(".puml")).sorted().toList();
		}
		assertThat(generated).isNotEmpty();
		if (Boolean.getBoolean("parley.docs.write")) {
			Files.createDirectories(DOCS);
			for (Path diagram : generated) {
				Files.copy(diagram, DOCS.resolve(diagram.getFileName()),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		for (Path diagram : generated) {
			Path kept = DOCS.resolve(diagram.getFileName());
			assertThat(kept)
				.as("%s is missing or stale: run ./mvnw test -Dtest=ModularityTest -Dparley.docs.write=true", kept)
				.exists();
			assertThat(lines(kept))
				.as("%s is stale: run ./mvnw test -Dtest=ModularityTest -Dparley.docs.write=true", kept)
				.containsExactlyInAnyOrderElementsOf(lines(diagram));
		}
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private static Package packageOf(String name) {
		try {
			return Class.forName(name + ".package-info").getPackage();
		}
		catch (ClassNotFoundException none) {
			return null;
		}
	}

}
