package org.parley.dossier.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The dossier PDF's fonts (DejaVu Sans, regular and bold), read from the jar once per
 * process: each dossier read and inflated 1.4 MB of fonts from the class path before
 * (docs/performance.md).
 */
final class PdfFonts {

	private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

	private PdfFonts() {
	}

	/** Gives the PDF the two fonts under the family name the stylesheet uses. */
	static void use(PdfRendererBuilder builder, String family) {
		font(builder, family, "fonts/DejaVuSans.ttf", 400);
		font(builder, family, "fonts/DejaVuSans-Bold.ttf", 700);
	}

	private static void font(PdfRendererBuilder builder, String family, String resource, int weight) {
		byte[] bytes = FONTS.computeIfAbsent(resource, PdfFonts::read);
		builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, BaseRendererBuilder.FontStyle.NORMAL,
				true);
	}

	private static byte[] read(String resource) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the build: " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
