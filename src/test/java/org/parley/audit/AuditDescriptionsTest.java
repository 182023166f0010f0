package org.parley.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.shared.TeamCalendar;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values read as people write them: numbers without exponents, choices by their labels,
 * records by their titles, lists as the items added and removed; redacted values stay
 * redacted and a reader without need to know sees no value.
 */
class AuditDescriptionsTest {

	private static final Locale ES = Locale.forLanguageTag("es");

	enum Status {

		IN_FORCE, SUSPENDED

	}

	static class Measure {

		java.math.BigDecimal target;

		java.time.LocalDate measuredOn;

		Status status;

		Long groupId;

		List<String> tags;

		String createdBy;

		@AuditRedacted
		String secret;

		@jakarta.persistence.Version
		long version;

	}

	private final StaticMessageSource messages = new StaticMessageSource();

	private final AuditVocabulary vocabulary = new AuditVocabulary() {

		@Override
		public List<AuditedType> types() {
			return List.of(AuditedType.of(Measure.class, "type.Measure")
				.labels("measure.")
				.choices("test.")
				.reference("groupId", "Group")
				.format("tags", ValueFormat.text().list(Pattern.compile("[a-z]+(?:, [a-z ]+ only)?")))
				.title("target"));
		}

		@Override
		public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
			return "Group".equals(entityType) ? Map.of("3", "Cártel del Sierra Alta") : Map.of();
		}

		@Override
		public Map<String, String> people(Set<String> usernames) {
			return Map.of("field.mx", "Lucía Méndez");
		}

	};

	private final AuditDescriptions descriptions = new AuditDescriptions(List.of(this.vocabulary), List.of(),
			this.messages, new TeamCalendar(Clock.fixed(Instant.parse("2026-09-08T12:00:00Z"), ZoneOffset.UTC),
					ZoneId.of("America/Mexico_City")));

	AuditDescriptionsTest() {
		this.messages.addMessage("type.Measure", ES, "Medida");
		this.messages.addMessage("measure.target", ES, "Meta");
		this.messages.addMessage("measure.status", ES, "Estado");
		this.messages.addMessage("test.Status.IN_FORCE", ES, "En vigor");
		this.messages.addMessage("test.Status.SUSPENDED", ES, "Suspendido");
		this.messages.addMessage("audit.action.UPDATE", ES, "Cambiado");
		this.messages.addMessage("audit.value.redacted", ES, "(valor protegido)");
		this.messages.addMessage("audit.value.hidden", ES, "(oculto)");
	}

	@Test
	void numbersReadAsPeopleWriteThemNotInScientificNotation() {
		assertThat(value("target", "3.4E+2", ES)).isEqualTo("340");
		assertThat(value("target", "6E+2", Locale.ENGLISH)).isEqualTo("600");
		assertThat(value("target", "1500.50", ES)).isEqualTo("1,500.5");
		assertThat(value("target", "0.25", Locale.ENGLISH)).isEqualTo("0.25");
	}

	@Test
	void datesChoicesReferencesAndPeopleReadInTheReadersWords() {
		assertThat(value("measuredOn", "2026-09-08", ES)).contains("2026").contains("8").doesNotContain("2026-09");
		assertThat(value("status", "IN_FORCE", ES)).isEqualTo("En vigor");
		assertThat(value("groupId", "3", ES)).isEqualTo("Cártel del Sierra Alta");
		assertThat(value("groupId", "Group#3", ES)).isEqualTo("Cártel del Sierra Alta");
		assertThat(value("createdBy", "field.mx", ES)).isEqualTo("Lucía Méndez");
	}

	@Test
	void anEntryNamesItsFieldsByTheirLabelsAndLeavesOutVersions() {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		changes.put("status", new FieldChange("IN_FORCE", "SUSPENDED"));
		changes.put("version", new FieldChange("1", "2"));
		changes.put("secret", new FieldChange(FieldChange.REDACTED, FieldChange.REDACTED));
		DescribedEntry entry = this.descriptions.describe(List.of(entry(changes)), ES, null).get(0);
		assertThat(entry.who()).isEqualTo("Lucía Méndez");
		assertThat(entry.kind()).isEqualTo("Medida");
		assertThat(entry.actionLabel()).isEqualTo("Cambiado");
		assertThat(entry.when().getZone()).isEqualTo(ZoneId.of("America/Mexico_City"));
		assertThat(entry.whenText()).contains("8:30")
			.contains("2026")
			.doesNotContain("2026-09")
			.doesNotContain("14:30");
		assertThat(entry.changes()).extracting(DescribedChange::label).containsExactly("Estado", "Secret");
		assertThat(entry.changes().get(0).before()).isEqualTo("En vigor");
		assertThat(entry.changes().get(0).after()).isEqualTo("Suspendido");
		assertThat(entry.changes().get(1).after()).isEqualTo("(valor protegido)");
	}

	@Test
	void aListReadsAsTheItemsAddedAndRemovedEvenWhenItemsHoldCommas() {
		Map<String, FieldChange> changes = Map.of("tags",
				new FieldChange("[alpha, beta, nurses only, gamma]", "[alpha, delta, gamma]"));
		DescribedChange change = this.descriptions.describe(List.of(entry(changes)), ES, null).get(0).changes().get(0);
		assertThat(change.added()).containsExactly("delta");
		assertThat(change.removed()).containsExactly("beta, nurses only");
	}

	@Test
	void aReaderWithoutNeedToKnowSeesWhoAndWhenButNoValue() {
		AuditDescriptions guarded = new AuditDescriptions(List.of(this.vocabulary),
				List.of((type, team, reader) -> false), this.messages,
				new TeamCalendar(Clock.systemUTC(), ZoneOffset.UTC));
		DescribedEntry entry = guarded
			.describe(List.of(entry(Map.of("status", new FieldChange("IN_FORCE", "SUSPENDED")))), ES,
					new org.parley.shared.CurrentUser() {

						public long id() {
							return 1;
						}

						public String username() {
							return "someone";
						}

						public String displayName() {
							return "Someone";
						}

						public Set<Long> teamIds() {
							return Set.of();
						}

						public boolean hasRole(String role) {
							return false;
						}

					})
			.get(0);
		assertThat(entry.masked()).isTrue();
		assertThat(entry.changes().get(0).after()).isEqualTo("(oculto)");
		assertThat(entry.record()).isNull();
	}

	private String value(String field, String value, Locale locale) {
		return this.descriptions.describeValue("Measure", field, value, locale);
	}

	private static AuditEntryView entry(Map<String, FieldChange> changes) {
		return new AuditEntryView(7, Instant.parse("2026-09-08T14:30:00Z"), "field.mx", AuditAction.UPDATE, "Measure",
				"5", 1L, changes, null, "h", "p", null, null, null);
	}

}
