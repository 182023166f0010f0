package org.parley.dossier.content;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.Commitment;
import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditQueries;
import org.parley.negotiation.MethodStep;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The tabular parts of a case as CSV files for spreadsheets: UTF-8 with a byte order mark
 * (so that Excel reads accents right), comma-separated, one header row of the same names
 * {@code case.json} uses. A cell that a spreadsheet would take for a formula (one
 * starting with {@code = + - @}, a tab or a carriage return) is neutralised with a
 * leading apostrophe.
 */
@Component
class CsvTables {

	static final String ROUNDS = "csv/rounds.csv";

	static final String COMMITMENTS = "csv/commitments.csv";

	static final String CHECKS = "csv/checks.csv";

	static final String SCORES = "csv/scores.csv";

	static final String DISPUTES = "csv/disputes.csv";

	static final String MEASUREMENTS = "csv/measurements.csv";

	static final String INCIDENTS = "csv/incidents.csv";

	static final String TRANSFERS = "csv/transfers.csv";

	static final String HISTORY = "csv/history.csv";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private final AuditQueries audit;

	CsvTables(AuditQueries audit) {
		this.audit = audit;
	}

	void rounds(CaseRecord record, OutputStream out) throws IOException {
		JsonNode content = CaseJson.MAPPER.valueToTree(record.step(MethodStep.NEGOTIATION_ROUNDS).content());
		List<JsonNode> rows = new ArrayList<>();
		content.path("rounds").forEach(rows::add);
		table(rows, out);
	}

	void commitments(CaseRecord record, OutputStream out) throws IOException {
		List<String> header = List.of("agreementId", "versionNo", "versionStatus", "key", "owedBy", "what", "category",
				"dueOn", "recurrence", "recurrenceDay", "verification", "hqComment");
		try (CSVPrinter csv = printer(out, header)) {
			for (CaseRecord.AgreementRecord agreement : record.agreements()) {
				for (AgreementDetails.VersionView version : agreement.details().versions()) {
					for (Commitment c : version.content().commitments()) {
						row(csv, agreement.details().id(), version.versionNo(), version.status(), c.key(), c.owedBy(),
								c.what(), c.category(), c.dueOn(), c.recurrence(), c.recurrenceDay(), c.verification(),
								version.commentOn(c.key()));
					}
				}
			}
		}
	}

	void checks(CaseRecord record, OutputStream out) throws IOException {
		List<Object> rows = new ArrayList<>();
		record.agreements().forEach((a) -> rows.addAll(a.checks()));
		table(tree(rows), out);
	}

	void scores(CaseRecord record, OutputStream out) throws IOException {
		List<Object> rows = new ArrayList<>();
		record.agreements().forEach((a) -> rows.addAll(a.scores()));
		table(tree(rows), out);
	}

	void disputes(CaseRecord record, OutputStream out) throws IOException {
		List<Object> rows = new ArrayList<>();
		record.agreements().forEach((a) -> rows.addAll(a.disputes()));
		table(tree(rows), out);
	}

	void measurements(CaseRecord record, OutputStream out) throws IOException {
		List<Object> rows = new ArrayList<>();
		record.measurements().values().forEach(rows::addAll);
		table(tree(rows), out);
	}

	void incidents(CaseRecord record, OutputStream out) throws IOException {
		table(tree(new ArrayList<>(record.incidents())), out);
	}

	void transfers(CaseRecord record, OutputStream out) throws IOException {
		table(tree(new ArrayList<>(record.transfers())), out);
	}

	void history(CaseRecord record, OutputStream out) throws IOException {
		List<String> header = List.of("seq", "occurredAt", "actor", "action", "entityType", "entityId", "teamId",
				"changes", "reason", "hash", "prevHash", "caseId", "caseSeq", "casePrevHash");
		try (CSVPrinter csv = printer(out, header)) {
			IOException[] failed = new IOException[1];
			this.audit.caseEntries(record.caseView().id(), (AuditEntryView e) -> {
				if (failed[0] == null) {
					try {
						row(csv, e.seq(), DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()), e.actor(), e.action(),
								e.entityType(), e.entityId(), e.teamId(), e.canonicalChanges(), e.reason(), e.hash(),
								e.prevHash(), e.caseId(), e.caseSeq(), e.casePrevHash());
					}
					catch (IOException ex) {
						failed[0] = ex;
					}
				}
			});
			if (failed[0] != null) {
				throw failed[0];
			}
		}
	}

	/**
	 * The cell as a spreadsheet may show it: a value a spreadsheet would run as a formula
	 * gets a leading apostrophe.
	 */
	static String neutralise(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + cell;
		}
		return cell;
	}

	private static List<JsonNode> tree(List<Object> rows) {
		List<JsonNode> nodes = new ArrayList<>(rows.size());
		rows.forEach((row) -> nodes.add(CaseJson.MAPPER.valueToTree(row)));
		return nodes;
	}

	/** Rows of objects, nested objects flattened to dotted column names. */
	private static void table(List<JsonNode> rows, OutputStream out) throws IOException {
		List<Map<String, String>> flat = new ArrayList<>();
		Set<String> columns = new LinkedHashSet<>();
		for (JsonNode row : rows) {
			Map<String, String> cells = new LinkedHashMap<>();
			flatten("", row, cells);
			columns.addAll(cells.keySet());
			flat.add(cells);
		}
		try (CSVPrinter csv = printer(out, new ArrayList<>(columns))) {
			for (Map<String, String> cells : flat) {
				List<String> values = new ArrayList<>(columns.size());
				columns.forEach((c) -> values.add(neutralise(cells.get(c))));
				csv.printRecord(values);
			}
		}
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
			}
		}
		else if (node.isArray()) {
			boolean scalars = true;
			List<String> values = new ArrayList<>();
			for (JsonNode item : node) {
				scalars &= item.isValueNode();
				values.add(item.isValueNode() ? item.asString() : item.toString());
			}
			into.put(prefix, scalars ? String.join("|", values) : node.toString());
		}
		else if (node.isNull() || node.isMissingNode()) {
			into.put(prefix, "");
		}
		else {
			into.put(prefix, node.asString());
		}
	}

	private static CSVPrinter printer(OutputStream out, List<String> header) throws IOException {
		Writer writer = new OutputStreamWriter(NonClosing.of(out), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return new CSVPrinter(writer, FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
	}

	private static void row(CSVPrinter csv, Object... values) throws IOException {
		List<String> cells = new ArrayList<>(values.length);
		for (Object value : values) {
			cells.add(neutralise((value != null) ? value.toString() : ""));
		}
		csv.printRecord(cells);
	}

}
