package org.parley.dossier.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.Commitment;
import org.parley.agreement.ReviewComment;
import org.parley.agreement.VersionDiff;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditEntryView;
import org.parley.audit.DescribedChange;
import org.parley.audit.DescribedEntry;
import org.parley.identity.People;
import org.parley.audit.AuditQueries;
import org.parley.audit.FieldChange;
import org.parley.negotiation.CaseContents;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.MethodStep;
import org.parley.shared.TeamCalendar;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code case.pdf}, the case for people: a cover, every step's content, the
 * measurements, the agreements with every version, what changed between them and HQ's
 * comments, the checks, reviews and scores, the incidents, and the full history. The
 * template ({@code templates/dossier/case-pdf.html}, well-formed XHTML) is rendered by
 * Thymeleaf in the requester's language and laid out by openhtmltopdf, with DejaVu Sans
 * embedded so that every Spanish letter prints.
 */
@Component
class CasePdf {

	static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final TeamCalendar calendar;

	private final AuditQueries audit;

	private final AuditDescriptions descriptions;

	private final People people;

	CasePdf(ITemplateEngine templates, MessageSource messages, TeamCalendar calendar, AuditQueries audit,
			AuditDescriptions descriptions, People people) {
		this.descriptions = descriptions;
		this.people = people;
		this.templates = templates;
		this.messages = messages;
		this.calendar = calendar;
		this.audit = audit;
	}

	void write(CaseRecord record, OutputStream out) throws IOException {
		String html = html(record, words(record));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		PdfFonts.use(builder, FONT);
		builder.withHtmlContent(html, null);
		builder.toStream(NonClosing.of(out));
		builder.run();
	}

	/** The words of the dossier's reader: their language, the teams' time zone. */
	Words words(CaseRecord record) {
		Map<String, Function<Object, String>> special = new LinkedHashMap<>();
		special.put("intermediaryIds", (ids) -> record.intermediaryNames((Collection<?>) ids, this.messages));
		return new Words(this.messages, record.request().locale(), this.calendar.zone(), special);
	}

	/** The XHTML the PDF is laid out from. */
	String html(CaseRecord record, Words words) {
		Context context = new Context(words.locale());
		context.setVariable("c", record.caseView());
		context.setVariable("cover", cover(record, words));
		context.setVariable("sections", sections(record, words));
		context.setVariable("history", history(record, words));
		context.setVariable("generatedAt", words.moment(record.request().generatedAt()));
		context.setVariable("generatedBy", record.request().requester().displayName());
		context.setVariable("css", css(record, words));
		return this.templates.process("dossier/case-pdf", context);
	}

	/** The layout, with the running titles and page numbers in the reader's words. */
	private static String css(CaseRecord record, Words words) {
		String css;
		try (InputStream in = CasePdf.class.getClassLoader().getResourceAsStream("dossier/case-pdf.css")) {
			if (in == null) {
				throw new IllegalStateException("Missing from the build: dossier/case-pdf.css");
			}
			css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return css.replace("{{title}}", cssString(record.caseView().title()))
			.replace("{{footer}}",
					cssString(words.msg("dossier.pdf.footer", words.moment(record.request().generatedAt()))))
			.replace("{{page}}", cssString(words.msg("dossier.pdf.page") + " "))
			.replace("{{of}}", cssString(" " + words.msg("dossier.pdf.of") + " "))
			.replace("{{font}}", cssString(FONT));
	}

	/**
	 * A CSS string of any text, safe inside the XHTML it is written in: quotes,
	 * backslashes and the characters XML reserves are written as CSS escapes.
	 */
	static String cssString(String text) {
		StringBuilder css = new StringBuilder("\"");
		for (char ch : ((text != null) ? text : "").toCharArray()) {
			if (ch == '"' || ch == '\\' || ch == '<' || ch == '>' || ch == '&' || ch < 0x20) {
				css.append('\\').append(Integer.toHexString(ch)).append(' ');
			}
			else {
				css.append(ch);
			}
		}
		return css.append('"').toString();
	}

	private List<Block> cover(CaseRecord record, Words words) {
		CaseView c = record.caseView();
		List<Block> cover = new ArrayList<>();
		cover.add(new Block.Field(words.msg("negotiation.case.field.teamId"), c.teamName()));
		cover.add(new Block.Field(words.msg("dossier.cover.place"),
				String.join(", ", nonBlank(c.locality(), c.region(), c.country()))));
		cover.add(new Block.Field(words.msg("negotiation.case.field.groupIds"),
				String.join(", ", c.groups().stream().map((g) -> g.name()).toList())));
		cover.add(new Block.Field(words.msg("negotiation.case.field.objectiveType"), words.value(c.objectiveType())));
		cover.add(new Block.Field(words.msg("dossier.cover.priority"), words.value(c.priority())));
		cover.add(new Block.Field(words.msg("dossier.cover.lead"), this.people.name(c.leadNegotiator())));
		cover.add(new Block.Field(words.msg("negotiation.case.step"), words.value(c.currentStep())));
		cover.add(new Block.Field(words.msg("negotiation.case.status"), words.value(c.status())));
		cover.add(new Block.Field(words.msg("dossier.cover.period"),
				words.msg("dossier.cover.period.value", words.date(this.calendar.dayOf(c.createdAt())),
						words.date(this.calendar.dayOf(record.request().generatedAt())))));
		cover.add(new Block.Field(words.msg("dossier.cover.generated"), words.msg("dossier.cover.generated.value",
				words.moment(record.request().generatedAt()), record.request().requester().displayName())));
		cover.add(new Block.Field(words.msg("classification.field"), words.msg(c.classificationKey())));
		CaseRecord.Withheld withheld = record.withheld(); // how much, never which (0022)
		if (withheld.any()) {
			cover.add(new Block.Field(words.msg("dossier.cover.withheld"), words.msg("dossier.withheld.sentence",
					withheld.incidents(), withheld.rounds(), withheld.values())));
		}
		return cover;
	}

	private List<Section> sections(CaseRecord record, Words words) {
		List<Section> sections = new ArrayList<>();
		for (CaseContents.StepRecord step : record.steps()) {
			List<Block> blocks = new ArrayList<>();
			blocks.add(new Block.Field(words.msg("dossier.step.state"), words.value(step.state())));
			for (CaseContents.QuestionAnswer q : step.questions()) {
				String answer = q.redacted() ? words.msg("classification.redacted.value")
						: q.notApplicable()
								? words.msg("dossier.answer.not-applicable")
										+ ((q.answer() != null) ? ": " + q.answer() : "")
								: ((q.answer() != null) ? q.answer() : words.msg("dossier.answer.none"));
				blocks.add(new Block.Field(q.position() + ". " + q.text(), answer));
			}
			blocks.addAll(words.describe(step.content()));
			if (step.step() == MethodStep.FOLLOW_UP) {
				blocks.addAll(measurements(record, words));
			}
			sections.add(new Section("step-" + step.step().slug(),
					(step.step().ordinal() + 1) + ". " + words.value(step.step()), blocks));
		}
		sections.add(new Section("moves", words.msg("dossier.section.moves"), moves(record, words)));
		for (CaseRecord.AgreementRecord agreement : record.agreements()) {
			sections.add(new Section("agreement-" + agreement.details().id(),
					words.msg("dossier.section.agreement", agreement.details().latest().content().title()),
					agreement(agreement, words)));
		}
		if (!record.transfers().isEmpty()) {
			sections.add(new Section("transfers", words.msg("transfer.list"),
					List.of(words.list(words.msg("transfer.list"), record.transfers()))));
		}
		sections.add(new Section("incidents", words.msg("dossier.section.incidents"), incidents(record, words)));
		return sections;
	}

	private List<Block> measurements(CaseRecord record, Words words) {
		JsonNode objectives = CaseJson.MAPPER.valueToTree(record.step(MethodStep.OBJECTIVES).content());
		Map<Long, String> indicators = new LinkedHashMap<>();
		objectives.path("moes")
			.forEach((m) -> indicators.put(m.path("id").asLong(), m.path("content").path("indicator").asString()));
		List<Block> blocks = new ArrayList<>();
		record.measurements().forEach((moe, list) -> {
			String title = words.msg("dossier.measurements.of", indicators.getOrDefault(moe, ""));
			if (list.isEmpty()) {
				blocks.add(new Block.Field(title, words.msg("negotiation.measurement.none")));
			}
			else {
				blocks.add(words.list(title, list));
			}
		});
		return blocks;
	}

	private List<Block> moves(CaseRecord record, Words words) {
		List<List<String>> rows = new ArrayList<>();
		record.transitions()
			.forEach((t) -> rows
				.add(List.of(words.moment(t.occurredAt()), words.value(t.kind()), words.value(t.fromStep()),
						words.value(t.toStep()), this.people.name(t.actor()), nullToEmpty(t.reason()))));
		if (rows.isEmpty()) {
			return List.of(new Block.Field(words.msg("dossier.section.moves"), words.msg("dossier.none")));
		}
		return List.of(new Block.Table(null,
				List.of(words.msg("dossier.col.when"), words.msg("dossier.col.move"), words.msg("dossier.col.from"),
						words.msg("dossier.col.to"), words.msg("dossier.col.who"), words.msg("dossier.col.reason")),
				rows));
	}

	private List<Block> agreement(CaseRecord.AgreementRecord agreement, Words words) {
		AgreementDetails details = agreement.details();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Field(words.msg("agreement.field.status"), words.value(details.status())));
		if (details.inForceVersion() != null) {
			blocks.add(new Block.Field(words.msg("agreement.field.inForceVersion"),
					words.value(details.inForceVersion())));
		}
		if (details.statusReason() != null) {
			blocks.add(new Block.Field(words.msg("agreement.field.statusReason"), details.statusReason()));
		}
		for (AgreementDetails.VersionView version : details.versions()) {
			List<Block> v = new ArrayList<>();
			v.add(new Block.Field(words.msg("dossier.version.status"), words.value(version.status())));
			v.add(new Block.Field(words.msg("agreement.field.draftedBy"), this.people.name(version.draftedBy())));
			if (version.submittedBy() != null) {
				v.add(new Block.Field(words.msg("agreement.field.submittedBy"),
						this.people.name(version.submittedBy()) + " · " + words.moment(version.submittedAt())));
			}
			if (version.reviewedBy() != null) {
				v.add(new Block.Field(words.msg("agreement.field.reviewedBy"),
						this.people.name(version.reviewedBy()) + " · " + words.moment(version.reviewedAt())));
			}
			if (version.reviewComment() != null) {
				v.add(new Block.Field(words.msg("agreement.field.reviewComment"), version.reviewComment()));
			}
			if (!version.comments().isEmpty()) {
				List<List<String>> rows = new ArrayList<>();
				for (ReviewComment comment : version.comments()) {
					rows.add(List.of(commitment(version, comment.commitmentKey(), words), comment.comment()));
				}
				v.add(new Block.Table(words.msg("agreement.field.comments"),
						List.of(words.msg("dossier.col.commitment"), words.msg("dossier.col.comment")), rows));
			}
			v.addAll(words.describe(version.content()));
			blocks.add(new Block.Group(words.msg("agreement.version.number", version.versionNo()), v));
		}
		for (CaseRecord.VersionChange change : agreement.changes()) {
			blocks.add(new Block.Group(words.msg("dossier.changes.title", change.fromNo(), change.toNo()),
					changes(change.diff(), words)));
		}
		if (!agreement.checks().isEmpty()) {
			blocks.add(words.list(words.msg("agreement.check.title"), agreement.checks()));
		}
		if (!agreement.reviews().isEmpty()) {
			blocks.add(words.list(words.msg("dossier.reviews.title"), agreement.reviews()));
		}
		if (!agreement.scores().isEmpty()) {
			blocks.add(words.list(words.msg("dossier.scores.title"), agreement.scores()));
		}
		if (!agreement.disputes().isEmpty()) {
			blocks.add(words.list(words.msg("agreement.dispute.title"), agreement.disputes()));
		}
		if (!agreement.attachments().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			agreement.attachments()
				.forEach((a) -> rows.add(List.of(a.document().filename(), words.value(a.document().sizeBytes()),
						a.document().sha256(), org.parley.dossier.CaseDossierContent.attachmentPath(a.document().id(),
								a.document().filename()))));
			blocks.add(new Block.Table(words.msg("dossier.attachments.title"), List.of(words.msg("dossier.col.file"),
					words.msg("dossier.col.bytes"), "SHA-256", words.msg("dossier.col.path")), rows));
		}
		return blocks;
	}

	private static String commitment(AgreementDetails.VersionView version, String key, Words words) {
		return version.content()
			.commitments()
			.stream()
			.filter((c) -> c.key().equals(key))
			.map((c) -> c.owedBy() + ": " + c.what())
			.findFirst()
			.orElse(words.msg("dossier.commitment.removed"));
	}

	private List<Block> changes(VersionDiff diff, Words words) {
		if (!diff.changed()) {
			return List.of(new Block.Field(words.msg("agreement.diff.change"), words.msg("agreement.diff.none")));
		}
		List<Block> blocks = new ArrayList<>();
		List<List<String>> fields = new ArrayList<>();
		for (VersionDiff.FieldDiff field : diff.fields()) {
			if (field.changed()) {
				fields.add(List.of(words.msg("agreement.field." + field.field()), words.value(field.before()),
						words.value(field.after())));
			}
		}
		if (!fields.isEmpty()) {
			blocks.add(new Block.Table(words.msg("dossier.changes.fields"), List.of(words.msg("dossier.col.field"),
					words.msg("dossier.col.before"), words.msg("dossier.col.after")), fields));
		}
		List<List<String>> commitments = new ArrayList<>();
		for (VersionDiff.CommitmentDiff c : diff.commitments()) {
			if (c.change() == VersionDiff.Change.UNCHANGED) {
				continue;
			}
			commitments.add(List.of(words.msg("agreement.diff." + c.change().name()), describe(c.before(), words),
					describe(c.after(), words), String.join(", ",
							c.changedFields().stream().map((f) -> words.msg("agreement.commitment." + f)).toList())));
		}
		if (!commitments.isEmpty()) {
			blocks.add(new Block.Table(words.msg("agreement.field.commitments"),
					List.of(words.msg("agreement.diff.change"), words.msg("dossier.col.before"),
							words.msg("dossier.col.after"), words.msg("dossier.col.fields")),
					commitments));
		}
		return blocks;
	}

	private static String describe(Commitment c, Words words) {
		if (c == null) {
			return "";
		}
		return String.join(" · ", nonBlank(c.owedBy(), c.what(), words.value(c.category()), words.value(c.recurrence()),
				(c.dueOn() != null) ? words.date(c.dueOn()) : null, c.verification()));
	}

	private List<Block> incidents(CaseRecord record, Words words) {
		if (record.incidents().isEmpty()) {
			return List.of(new Block.Field(words.msg("dossier.section.incidents"), words.msg("dossier.none")));
		}
		List<Block> blocks = new ArrayList<>();
		record.incidents()
			.forEach((i) -> blocks
				.add(new Block.Group(words.value(i.type()) + " · " + words.date(i.occurredOn()), words.describe(i))));
		return blocks;
	}

	/**
	 * The history section: the case's audit entries, oldest first, in the words of the
	 * case's history page ({@link AuditDescriptions}): who, when in the teams' zone,
	 * what, on which record, each changed field by its label with its value before and
	 * after, and why. Described a batch at a time as they stream from the log.
	 */
	Block.Table history(CaseRecord record, Words words) {
		List<List<String>> rows = new ArrayList<>();
		List<AuditEntryView> batch = new ArrayList<>();
		Runnable describe = () -> {
			for (DescribedEntry e : this.descriptions.describe(batch, record.request().locale(),
					record.request().requester())) {
				List<String> changes = new ArrayList<>();
				for (DescribedChange change : e.changes()) {
					if (change.isList()) {
						List<String> parts = new ArrayList<>();
						change.added().forEach((item) -> parts.add("+ " + item));
						change.removed().forEach((item) -> parts.add("− " + item));
						changes.add(change.label() + ": " + String.join("; ", parts));
					}
					else if (change.before() == null || change.before().isBlank()) {
						changes.add(change.label() + ": " + dash(change.after()));
					}
					else {
						changes.add(change.label() + ": " + dash(change.before()) + " → " + dash(change.after()));
					}
				}
				String what = nullToEmpty(e.actionLabel())
						+ ((e.sentence() != null && !e.sentence().isBlank()) ? " · " + e.sentence() : "");
				// Numbered in the case's own chain (1, 2, 3…), as audit/entries.jsonl
				// does.
				rows.add(List.of(Integer.toString(rows.size() + 1), nullToEmpty(e.whenText()), nullToEmpty(e.who()),
						what, (nullToEmpty(e.kind()) + " · " + nullToEmpty(e.record())).strip(),
						String.join("\n", changes), nullToEmpty(e.reason())));
			}
			batch.clear();
		};
		this.audit.caseEntries(record.caseView().id(), (AuditEntryView e) -> {
			batch.add(e);
			if (batch.size() == 200) {
				describe.run();
			}
		});
		describe.run();
		return new Block.Table(null,
				List.of("#", words.msg("dossier.col.when"), words.msg("dossier.col.who"), words.msg("dossier.col.what"),
						words.msg("dossier.col.record"), words.msg("dossier.col.changes"),
						words.msg("dossier.col.reason")),
				rows);
	}

	private static String dash(String value) {
		return (value == null || value.isBlank()) ? "—" : value;
	}

	private static List<String> nonBlank(String... parts) {
		List<String> kept = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				kept.add(part);
			}
		}
		return kept;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static String nullToDash(String text) {
		return (text != null) ? text : "—";
	}

	/** A chapter of the PDF. */
	record Section(String id, String title, List<Block> blocks) {
	}

}
