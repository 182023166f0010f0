package org.parley.dossier.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;

import org.parley.dossier.CaseDossierContent;
import org.parley.dossier.DossierFile;
import org.parley.dossier.DossierRequest;

import org.springframework.stereotype.Service;

/**
 * Makes the content files of a case's dossier. The case is read once, when the first file
 * is written, through the modules' public queries (each checks the requester's right and
 * the case's team); the audit entries are streamed from the log by each file that lists
 * them.
 */
@Service
class CaseDossierContentService implements CaseDossierContent {

	/** The JSON Schema of {@code case.json}; {@code docs/dossier/} holds a copy. */
	static final String SCHEMA = "dossier/case.schema.json";

	private final CaseRecordReader reader;

	private final CaseJson json;

	private final CsvTables csv;

	private final CasePdf pdf;

	CaseDossierContentService(CaseRecordReader reader, CaseJson json, CsvTables csv, CasePdf pdf) {
		this.reader = reader;
		this.json = json;
		this.csv = csv;
		this.pdf = pdf;
	}

	@Override
	public List<DossierFile> files(DossierRequest request) {
		Supplier<CaseRecord> record = once(() -> this.reader.read(request));
		return List.of(file("case.pdf", (out) -> this.pdf.write(record.get(), out)),
				file("case.json", (out) -> this.json.write(record.get(), out)),
				file("case.schema.json", CaseDossierContentService::schema),
				file(CsvTables.ROUNDS, (out) -> this.csv.rounds(record.get(), out)),
				file(CsvTables.COMMITMENTS, (out) -> this.csv.commitments(record.get(), out)),
				file(CsvTables.CHECKS, (out) -> this.csv.checks(record.get(), out)),
				file(CsvTables.SCORES, (out) -> this.csv.scores(record.get(), out)),
				file(CsvTables.DISPUTES, (out) -> this.csv.disputes(record.get(), out)),
				file(CsvTables.MEASUREMENTS, (out) -> this.csv.measurements(record.get(), out)),
				file(CsvTables.INCIDENTS, (out) -> this.csv.incidents(record.get(), out)),
				file(CsvTables.TRANSFERS, (out) -> this.csv.transfers(record.get(), out)),
				file(CsvTables.HISTORY, (out) -> this.csv.history(record.get(), out)));
	}

	@Override
	public List<Attachment> attachments(DossierRequest request) {
		return this.reader.attachments(request);
	}

	private static void schema(OutputStream out) throws IOException {
		try (InputStream in = CaseDossierContentService.class.getClassLoader().getResourceAsStream(SCHEMA)) {
			if (in == null) {
				throw new IllegalStateException("Missing from the build: " + SCHEMA);
			}
			in.transferTo(out);
		}
	}

	private static <T> Supplier<T> once(Supplier<T> supplier) {
		return new Supplier<>() {

			private T value;

			@Override
			public synchronized T get() {
				if (this.value == null) {
					this.value = supplier.get();
				}
				return this.value;
			}

		};
	}

	private static DossierFile file(String path, Writer writer) {
		return new DossierFile() {

			@Override
			public String path() {
				return path;
			}

			@Override
			public void writeTo(OutputStream out) throws IOException {
				writer.write(out);
			}

		};
	}

	@FunctionalInterface
	private interface Writer {

		void write(OutputStream out) throws IOException;

	}

}
