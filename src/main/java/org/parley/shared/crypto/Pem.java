package org.parley.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads the base64 body of a PEM block ({@code -----BEGIN PRIVATE KEY-----} ...), passing
 * over any text around it (the demo key opens with a warning, as OpenSSL allows).
 */
public final class Pem {

	private Pem() {
	}

	/**
	 * @param label the block's label, {@code PRIVATE KEY} or {@code PUBLIC KEY}
	 * @throws IllegalArgumentException when the text holds no such block
	 */
	public static byte[] decode(String text, String label) {
		String begin = "-----BEGIN " + label + "-----";
		String end = "-----END " + label + "-----";
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("no " + label + " block");
		}
		String body = text.substring(from + begin.length(), to).replaceAll("\\s", "");
		return Base64.getDecoder().decode(body);
	}

	public static byte[] decode(byte[] text, String label) {
		return decode(new String(text, StandardCharsets.US_ASCII), label);
	}

	public static String encode(byte[] der, String label) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
	}

}
