package org.parley.dossier.bulk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.dossier.DossierIntegrityException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last file of a bulk export's ZIP, {@value #PATH}: which cases' dossiers it holds,
 * and which cases it left out, why (in the requester's language and as a code) and which
 * files were at fault, and how many strictly confidential records of an exported case its
 * dossier leaves out because the requester may not read them. Small: one line per case.
 */
final class ExportSummary {

	static final String PATH = "export-summary.json";

	static final String FORMAT = "parley-bulk-export/1";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final List<Map<String, Object>> exported = new ArrayList<>();

	private final List<Map<String, Object>> failed = new ArrayList<>();

	private final List<Map<String, Object>> withheld = new ArrayList<>();

	/**
	 * Records of an exported case left out of its dossier because the requester may not
	 * read them (decision 0022): how many, never which.
	 */
	void withheld(long caseId, String record, long count, String message) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("case", caseId);
		line.put("record", record);
		line.put("reason", "STRICTLY_CONFIDENTIAL");
		line.put("count", count);
		line.put("message", message);
		this.withheld.add(line);
	}

	void exported(long caseId, String file) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("case", caseId);
		line.put("file", file);
		this.exported.add(line);
	}

	void failed(long caseId, String reason, String message, List<DossierIntegrityException.ChangedFile> files) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("case", caseId);
		line.put("reason", reason);
		line.put("message", message);
		line.put("files", files.stream().map((file) -> {
			Map<String, Object> named = new LinkedHashMap<>();
			named.put("documentId", file.documentId());
			named.put("name", file.filename());
			named.put("path", file.path());
			return named;
		}).toList());
		this.failed.add(line);
	}

	byte[] json(ExportRunner.Job job, Instant finishedAt) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("format", FORMAT);
		summary.put("export", job.id());
		summary.put("team", job.teamId());
		summary.put("from", job.from().toString());
		summary.put("to", job.to().toString());
		summary.put("generatedBy", job.user().username());
		summary.put("generatedAt", finishedAt.toString());
		summary.put("language", job.locale().getLanguage());
		summary.put("exported", this.exported);
		summary.put("failed", this.failed);
		summary.put("withheld", this.withheld);
		return JSON.writeValueAsBytes(summary);
	}

}
