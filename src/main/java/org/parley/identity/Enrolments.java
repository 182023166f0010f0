package org.parley.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpSession;

import org.springframework.ui.Model;

/**
 * An enrolment under way: the secret offered to the user's app, kept in their session
 * (not in the database) until a code confirms it, and the QR code and text that carry it
 * to the app. The QR code is drawn here (as SVG), on the server (ZXing): the secret never
 * leaves for a third party, and the page needs no script.
 */
final class Enrolments {

	static final String SESSION_KEY = Enrolments.class.getName() + ".secret";

	private static final String ISSUER = "Parley";

	private Enrolments() {
	}

	/** The secret offered in this session, a new one the first time. */
	static byte[] secret(HttpSession session) {
		Object secret = session.getAttribute(SESSION_KEY);
		if (secret instanceof String base32) {
			return Totp.fromBase32(base32);
		}
		byte[] fresh = Totp.newSecret();
		session.setAttribute(SESSION_KEY, Totp.base32(fresh));
		return fresh;
	}

	static void forget(HttpSession session) {
		session.removeAttribute(SESSION_KEY);
	}

	/** What the enrolment form shows: the QR code and the secret in groups. */
	static void show(Model model, String username, byte[] secret) {
		model.addAttribute("qrCode", qrCode(uri(username, secret)));
		model.addAttribute("secretGroups", Totp.grouped(secret));
		model.addAttribute("issuer", ISSUER);
		model.addAttribute("account", username);
	}

	/** The key URI authenticator apps read (Google Authenticator's format). */
	static String uri(String username, byte[] secret) {
		String label = encode(ISSUER + ":" + username);
		return "otpauth://totp/" + label + "?secret=" + Totp.base32(secret) + "&issuer=" + encode(ISSUER)
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	/**
	 * The QR code as an SVG image in a data: address (allowed by the content security
	 * policy): one square per dark module, sharp at any size.
	 */
	static String qrCode(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
					+ matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
					+ "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
			return "data:image/svg+xml;base64,"
					+ Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A key URI always fits a QR code", ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
