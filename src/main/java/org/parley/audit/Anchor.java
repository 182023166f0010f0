package org.parley.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an anchor file states (format {@value #FORMAT}): the chain it belongs to, how many
 * entries it had (which is also the number of its last entry, numbers running from 1
 * without gaps), the hash of that last entry, when, from which entry on entries carry a
 * MAC, and the fingerprint of the key that signed it. Signed outside the database, it
 * lets a later verification see a chain shortened or rewritten since (decision 0019).
 *
 * @param chain the installation's chain name ({@code parley.audit.chain-id})
 * @param entries how many entries the chain had, and the number of the last
 * @param headHash the hash of entry number {@code entries}
 * @param anchoredAt when the anchor was written
 * @param macFrom the first entry that carries a MAC, or null if none did yet
 * @param publicKeySha256 the SHA-256 of the signing key's public half (DER), in hex
 */
public record Anchor(String chain, long entries, String headHash, Instant anchoredAt, Long macFrom,
		String publicKeySha256) {

	public static final String FORMAT = "parley-audit-anchor/1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The bytes of the anchor file, which its signature covers. */
	public byte[] toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", FORMAT);
		json.put("chain", this.chain);
		json.put("entries", this.entries);
		json.put("headHash", this.headHash);
		json.put("anchoredAt", DateTimeFormatter.ISO_INSTANT.format(this.anchoredAt));
		json.put("macFrom", this.macFrom);
		json.put("publicKeySha256", this.publicKeySha256);
		return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads an anchor file.
	 * @throws IllegalArgumentException when it is not one
	 */
	public static Anchor parse(byte[] json) {
		try {
			JsonNode root = JSON.readTree(json);
			if (!FORMAT.equals(root.path("format").asString(""))) {
				throw new IllegalArgumentException("not a " + FORMAT + " file");
			}
			long entries = root.path("entries").asLong(-1);
			String headHash = root.path("headHash").asString("");
			if (entries <= 0 || !headHash.matches("[0-9a-f]{64}")) {
				throw new IllegalArgumentException("no entry count or head hash");
			}
			JsonNode macFrom = root.path("macFrom");
			return new Anchor(root.path("chain").asString(""), entries, headHash,
					Instant.parse(root.path("anchoredAt").asString()), macFrom.isNumber() ? macFrom.asLong() : null,
					root.path("publicKeySha256").asString(""));
		}
		catch (RuntimeException ex) {
			throw (ex instanceof IllegalArgumentException illegal) ? illegal
					: new IllegalArgumentException("not a readable anchor: " + ex.getMessage(), ex);
		}
	}

}
