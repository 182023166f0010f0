package org.parley.dossier.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.dossier.CaseDossierContent;
import org.parley.negotiation.CaseAccess;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class DossierScratchTest {

	@Autowired
	CaseDossierContent content;

	@Autowired
	CaseAccess access;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	CasePdf pdf;

	@Autowired
	CaseRecordReader reader;

	@Test
	void dump() throws Exception {
		DossierFixture f = new DossierFixture(this.content, this.access, this.users, this.dataSource);
		for (String title : new String[] { "Mobile clinic", "Ambulance", "Protection of the valley" }) {
			var request = f.request("auditor", f.caseId(title), Locale.forLanguageTag("es"));
			long t = System.nanoTime();
			Map<String, byte[]> files = f.files(request);
			System.out.println("TIME " + title + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
			Path dir = Path.of("/tmp/dossier-scratch/" + title.replace(' ', '_'));
			Files.createDirectories(dir.resolve("csv"));
			for (var e : files.entrySet()) {
				Files.write(dir.resolve(e.getKey()), e.getValue());
			}
			Words words = this.pdf.words(this.reader.read(request));
			this.pdf.html(this.reader.read(request), words);
			System.out.println("UNLABELLED " + words.unlabelled());
			try (var doc = org.apache.pdfbox.Loader.loadPDF(files.get("case.pdf"))) {
				Files.writeString(dir.resolve("case.txt"), new org.apache.pdfbox.text.PDFTextStripper().getText(doc));
				var renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
				for (int i = 0; i < Math.min(doc.getNumberOfPages(), 40); i++) {
					javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 60), "png",
							dir.resolve("page-" + i + ".png").toFile());
				}
			}
		}
	}

}
