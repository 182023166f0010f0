package org.parley.dossier.content;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditQueries;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code case.json}: the whole case for machines, as {@code case.schema.json}
 * describes it. Codes stay codes (enumerations by name), dates and moments ISO-8601,
 * numbers plain. Audit entries are streamed from the log one at a time, each with every
 * field its hash covers, so that the hash can be recomputed from the file alone.
 */
@Component
class CaseJson {

	/** Increased when the document changes in a way its readers must know about. */
	static final int FORMAT_VERSION = 1;

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	private final AuditQueries audit;

	private final MessageSource messages;

	CaseJson(AuditQueries audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	void write(CaseRecord record, OutputStream out) {
		try (JsonGenerator json = MAPPER.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("format", "parley-case-dossier");
			json.writeNumberProperty("formatVersion", FORMAT_VERSION);
			json.writeStringProperty("generatedAt",
					DateTimeFormatter.ISO_INSTANT.format(record.request().generatedAt()));
			json.writeStringProperty("generatedBy", record.request().requester().username());
			json.writeStringProperty("language", record.request().locale().getLanguage());
			withheld(json, record);
			json.writePOJOProperty("case", record.caseView());
			json.writeName("steps");
			json.writeStartArray();
			for (var step : record.steps()) {
				json.writeStartObject();
				json.writeStringProperty("step", step.step().name());
				json.writeStringProperty("state", step.state().name());
				json.writePOJOProperty("questions", step.questions());
				json.writePOJOProperty("content", step.content());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeName("measurements");
			json.writeStartArray();
			for (Map.Entry<Long, List<Object>> measure : record.measurements().entrySet()) {
				json.writeStartObject();
				json.writeNumberProperty("moeId", measure.getKey());
				json.writePOJOProperty("measurements", measure.getValue());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writePOJOProperty("decisions", record.decisions());
			json.writePOJOProperty("transitions", record.transitions());
			json.writeName("agreements");
			json.writeStartArray();
			for (CaseRecord.AgreementRecord agreement : record.agreements()) {
				json.writeStartObject();
				json.writePOJOProperty("agreement", agreement.details());
				json.writePOJOProperty("changes", agreement.changes());
				json.writePOJOProperty("checks", agreement.checks());
				json.writePOJOProperty("reviews", agreement.reviews());
				json.writePOJOProperty("scores", agreement.scores());
				json.writePOJOProperty("disputes", agreement.disputes());
				json.writePOJOProperty("attachments", agreement.attachments());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writePOJOProperty("incidents", record.incidents());
			json.writePOJOProperty("transfers", record.transfers());
			json.writePOJOProperty("attachments", record.attachments());
			json.writeName("interlocutors");
			json.writeStartArray();
			for (Map.Entry<Long, String> interlocutor : record.interlocutors().entrySet()) {
				json.writeStartObject();
				json.writeNumberProperty("id", interlocutor.getKey());
				json.writeStringProperty("codeName", interlocutor.getValue());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeName("auditEntries");
			json.writeStartArray();
			this.audit.caseEntries(record.caseView().id(), (entry) -> entry(json, entry));
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	/**
	 * What the dossier leaves out or redacts because the requester may not read it
	 * (decision 0022): how many, never which, and a sentence in the dossier's language.
	 */
	private void withheld(JsonGenerator json, CaseRecord record) {
		CaseRecord.Withheld withheld = record.withheld();
		json.writeName("withheld");
		json.writeStartObject();
		json.writeNumberProperty("incidents", withheld.incidents());
		json.writeNumberProperty("rounds", withheld.rounds());
		json.writeNumberProperty("values", withheld.values());
		json.writeStringProperty("message",
				withheld.any() ? this.messages.getMessage("dossier.withheld.sentence",
						new Object[] { withheld.incidents(), withheld.rounds(), withheld.values() },
						record.request().locale()) : null);
		json.writeEndObject();
	}

	private static void entry(JsonGenerator json, AuditEntryView entry) {
		json.writeStartObject();
		json.writeNumberProperty("seq", entry.seq());
		json.writeStringProperty("occurredAt", DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()));
		json.writeStringProperty("actor", entry.actor());
		json.writeStringProperty("action", entry.action().name());
		json.writeStringProperty("entityType", entry.entityType());
		json.writeStringProperty("entityId", entry.entityId());
		nullableNumber(json, "teamId", entry.teamId());
		json.writeStringProperty("changes", entry.canonicalChanges());
		json.writeStringProperty("reason", entry.reason());
		json.writeStringProperty("hash", entry.hash());
		json.writeStringProperty("prevHash", entry.prevHash());
		nullableNumber(json, "caseId", entry.caseId());
		nullableNumber(json, "caseSeq", (entry.caseSeq() != null) ? entry.caseSeq().longValue() : null);
		json.writeStringProperty("casePrevHash", entry.casePrevHash());
		json.writeEndObject();
	}

	private static void nullableNumber(JsonGenerator json, String name, Long value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value);
		}
	}

}
