package org.parley.shared;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL reads only its own tables: another module's data is reached through the
 * interface that module publishes (a query service, a view record), so that the
 * boundaries Spring Modulith checks in Java also hold in the database. A table belongs to
 * the module whose entities map it; the few read directly elsewhere are listed here with
 * the decision record that says why.
 */
class TableOwnershipTest {

	private static final Path SOURCES = Path.of("src", "main", "java", "org", "parley");

	/** Tables no entity maps, by owning module. */
	private static final Map<String, String> UNMAPPED = Map.ofEntries(Map.entry("audit_entry", "audit"),
			Map.entry("read_record", "audit"), Map.entry("audit_verification", "audit"),
			Map.entry("data_key", "protection"), Map.entry("key_rotation", "protection"),
			Map.entry("retention_period", "retention"), Map.entry("case_retention", "retention"),
			Map.entry("disposal_record", "retention"), Map.entry("case_search", "negotiation"),
			Map.entry("case_search_key", "negotiation"), Map.entry("spring_session", "identity"),
			Map.entry("spring_session_attributes", "identity"), Map.entry("job_lock", "shared"));

	/**
	 * Reads of another module's tables that are kept, each with its reason (decision
	 * 0015): the demo loaders, which run once under the demo profile and tie the
	 * fictional records together by name; and the rows of a case that a retention purge
	 * destroys among the interlocutors (decision 0023), which only the case's link table
	 * and the purges' table can tell, in one UPDATE. And the scale data generator, which
	 * like the demo loaders writes every module's tables, with COPY, under its own
	 * profile only (decision 0031).
	 */
	private static final List<String> KEPT = List.of("demo/", "/Demo", "armedgroup/RegistrySealedColumns", "scale/");

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\])*)\"",
			Pattern.DOTALL);

	private static final Pattern TABLE = Pattern
		.compile("(?i:\\b(?:from|join|into|update|exists\\s*\\(\\s*select\\s+1\\s+from))\\s+([a-z_][a-z0-9_]*)");

	@Test
	void everyTableHasOneOwningModule() {
		assertThat(owners()).containsEntry("negotiation_case", "negotiation")
			.containsEntry("agreement_version", "agreement")
			.containsEntry("team", "identity")
			.containsEntry("armed_group", "armedgroup")
			.containsEntry("audit_entry", "audit");
	}

	@Test
	void noModuleQueriesAnotherModulesTables() throws IOException {
		Map<String, String> owners = owners();
		List<String> crossings = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".java")).toList()) {
				String relative = SOURCES.relativize(file).toString().replace('\\', '/');
				if (!relative.contains("/") || KEPT.stream().anyMatch(relative::contains)) {
					continue;
				}
				String module = relative.substring(0, relative.indexOf('/'));
				if (module.isEmpty()) {
					continue;
				}
				Matcher literal = STRING.matcher(Files.readString(file));
				while (literal.find()) {
					String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
					Matcher table = TABLE.matcher(text);
					while (table.find()) {
						String owner = owners.get(table.group(1));
						if (owner != null && !owner.equals(module)) {
							crossings.add(relative + " reads " + table.group(1) + " of " + owner);
						}
					}
				}
			}
		}
		assertThat(crossings).as("SQL that reads another module's tables").isEmpty();
	}

	/** Each table by the module whose entities map it. */
	private static Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>(UNMAPPED);
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		for (BeanDefinition definition : scanner.findCandidateComponents("org.parley")) {
			Class<?> entity = load(definition.getBeanClassName());
			String module = entity.getPackageName().split("\\.")[2];
			Table table = entity.getAnnotation(Table.class);
			if (table != null) {
				owners.put(table.name(), module);
			}
			for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
				for (Field field : type.getDeclaredFields()) {
					CollectionTable collection = field.getAnnotation(CollectionTable.class);
					if (collection != null) {
						owners.put(collection.name(), module);
					}
					JoinTable join = field.getAnnotation(JoinTable.class);
					if (join != null) {
						owners.put(join.name(), module);
					}
				}
			}
		}
		return owners;
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
