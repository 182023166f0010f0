package org.parley.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar parley.jar verify-chain --entries chain.jsonl --anchors anchors/ --key
 * org-public-key.pem}: checks an exported audit chain against the signed anchors, without
 * starting the application or reaching any server (decision 0019). Prints {@code VALID}
 * and what was checked, or {@code INVALID} and each problem found. Exit code 0 when
 * valid, 1 when invalid, 2 when the command itself is wrong.
 */
public final class VerifyChainCommand {

	public static final String NAME = "verify-chain";

	public static final int VALID = 0;

	public static final int INVALID = 1;

	public static final int USAGE = 2;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String USAGE_TEXT = """
			Usage: java -jar parley.jar verify-chain --entries <chain.jsonl> --anchors <dir> --key <public-key.pem>
			                                         [--chain <id>] [--mac-key-file <file>]

			Checks a Parley audit chain, as an auditor downloads it (Verify the chain > Download
			the whole chain), offline:
			  - entries are numbered from 1 without gaps, each linked to the hash of the one before
			  - every entry given whole hashes to its stated hash (withheld ones: links only)
			  - every anchor-*.json in the directory is signed (anchor-*.json.sig) by --key
			  - the chain holds at least as many entries as each anchor of it counted, and the
			    entry an anchor counted up to has the anchor's hash (else the chain was
			    shortened, or rewritten with its hashes recomputed)
			  - with --mac-key-file (the installation's PARLEY_AUDIT_MAC_KEY), every entry's MAC
			--chain names the chain (parley.audit.chain-id); by default the anchors' own.

			Prints VALID with a summary, or INVALID with each problem.
			Exit code: 0 valid, 1 invalid, 2 usage error (bad arguments, unreadable key or file).
			""";

	private VerifyChainCommand() {
	}

	/** Whether the command line asks for this command rather than for the application. */
	public static boolean requested(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/**
	 * @param args the command line, starting with {@value #NAME}
	 * @return the exit code
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path entries = null;
		Path anchorDir = null;
		Path key = null;
		Path macKeyFile = null;
		String chain = null;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if ("--help".equals(arg) || "-h".equals(arg)) {
				out.print(USAGE_TEXT);
				return VALID;
			}
			if (i + 1 >= args.length
					|| !Set.of("--entries", "--anchors", "--key", "--chain", "--mac-key-file").contains(arg)) {
				return usage(err, "unexpected argument: " + arg);
			}
			String value = args[++i];
			switch (arg) {
				case "--entries" -> entries = Path.of(value);
				case "--anchors" -> anchorDir = Path.of(value);
				case "--key" -> key = Path.of(value);
				case "--chain" -> chain = value;
				default -> macKeyFile = Path.of(value);
			}
		}
		if (entries == null || anchorDir == null || key == null) {
			return usage(err, (entries == null) ? "no chain given (--entries)"
					: (anchorDir == null) ? "no anchor directory given (--anchors)" : "no public key given (--key)");
		}
		if (!Files.isRegularFile(entries)) {
			return usage(err, "no such file: " + entries);
		}
		if (!Files.isDirectory(anchorDir)) {
			return usage(err, "no such directory: " + anchorDir);
		}
		PublicKey publicKey;
		byte[] macKey = null;
		List<AnchorFile> anchors;
		try {
			publicKey = AnchorFiles.readPublicKey(Files.readAllBytes(key));
			if (macKeyFile != null) {
				macKey = Files.readString(macKeyFile, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
			}
			anchors = AnchorFiles.read(anchorDir, publicKey);
		}
		catch (IOException | GeneralSecurityException ex) {
			return usage(err, "cannot read the key or the anchors: " + ex.getMessage());
		}
		if (chain == null) {
			Set<String> chains = anchors.stream()
				.filter((a) -> a.anchor() != null)
				.map((a) -> a.anchor().chain())
				.collect(Collectors.toCollection(java.util.TreeSet::new));
			if (chains.size() > 1) {
				return usage(err,
						"the directory holds anchors of several chains " + chains + ": name one with --chain");
			}
			chain = chains.isEmpty() ? "parley" : chains.iterator().next();
		}
		ChainCheck check = new ChainCheck(anchors, chain, macKey);
		try (BufferedReader lines = Files.newBufferedReader(entries, StandardCharsets.UTF_8)) {
			String text;
			long number = 0;
			while ((text = lines.readLine()) != null) {
				number++;
				if (!text.isBlank() && !feed(check, text)) {
					out.println("INVALID");
					out.println("  - line " + number + " of " + entries.getFileName() + " is not an audit entry");
					return INVALID;
				}
			}
		}
		catch (IOException ex) {
			return usage(err, "cannot read " + entries + ": " + ex.getMessage());
		}
		return print(check.report(), chain, anchors, out);
	}

	private static boolean feed(ChainCheck check, String text) {
		try {
			JsonNode line = JSON.readTree(text);
			if (!line.path("seq").isNumber()) {
				return false;
			}
			long seq = line.path("seq").asLong();
			if (line.path("withheld").asBoolean(false)) {
				check.entry(seq, text(line, "hash"), text(line, "prevHash"), null, null);
				return true;
			}
			JsonNode team = line.path("teamId");
			JsonNode caseId = line.path("caseId");
			JsonNode caseSeq = line.path("caseSeq");
			String canonical = AuditHashes.canonical(seq, Instant.parse(line.path("occurredAt").asString()),
					text(line, "actor"), text(line, "action"), text(line, "entityType"), text(line, "entityId"),
					team.isNumber() ? team.asLong() : null, text(line, "changes"), text(line, "reason"),
					text(line, "prevHash"), caseId.isNumber() ? caseId.asLong() : null,
					caseSeq.isNumber() ? caseSeq.asInt() : null, text(line, "casePrevHash"));
			check.entry(seq, text(line, "hash"), text(line, "prevHash"), canonical, text(line, "mac"));
			return true;
		}
		catch (JacksonException | java.time.DateTimeException ex) {
			return false;
		}
	}

	private static int print(AuditChainReport report, String chain, List<AnchorFile> anchors, PrintStream out) {
		if (!report.intact()) {
			out.println("INVALID");
			for (AuditChainReport.Problem problem : report.problems()) {
				out.println("  - " + describe(problem, report, anchors));
			}
			return INVALID;
		}
		out.println("VALID");
		out.println("  chain " + chain + ": " + report.entriesChecked() + " entries, head "
				+ ((report.headHash() != null) ? report.headHash() : "none"));
		AuditChainReport.Anchors checked = report.anchors();
		if (checked.latest() != null) {
			out.println("  " + checked.checked() + " anchors checked; the latest counts "
					+ checked.latest().anchor().entries() + " entries (" + checked.latest().anchor().anchoredAt()
					+ ")");
		}
		else {
			out.println("  no anchor of this chain: a chain rewritten whole would not show");
		}
		if (checked.ofOtherChains() > 0) {
			out.println("  " + checked.ofOtherChains() + " anchors of other chains left aside");
		}
		AuditChainReport.Macs macs = report.macs();
		out.println(macs.checked()
				? "  MACs checked" + ((macs.entriesBefore() > 0)
						? "; " + macs.entriesBefore() + " entries were written before entries carried one" : "")
				: "  MACs not checked (no --mac-key-file)");
		if (macs.entriesWithheld() > 0) {
			out.println("  " + macs.entriesWithheld()
					+ " entries withheld from this export (not the reader's to read): links checked, not content");
		}
		return VALID;
	}

	/** A problem in words, as the verification page says it. */
	static String describe(AuditChainReport.Problem problem, AuditChainReport report, List<AnchorFile> anchors) {
		long seq = problem.seq();
		String anchor = problem.anchor();
		return switch (problem.kind()) {
			case SEQUENCE_GAP -> "entry " + seq + ": a number is missing before it (an entry was deleted)";
			case LINK_BROKEN ->
				"entry " + seq + " does not follow the one before it (an entry was removed, added or moved)";
			case CONTENT_ALTERED -> "entry " + seq + " was changed after it was written (its hash does not match)";
			case CASE_LINK_BROKEN -> "entry " + seq + ": its place in its case's chain is wrong";
			case MAC_MISSING -> "entry " + seq + " carries no MAC: it was written outside Parley";
			case MAC_INVALID -> "entry " + seq + ": its MAC is wrong: it was written or rewritten outside Parley";
			case ANCHOR_BEYOND_HEAD -> "anchor " + anchor + " counts " + seq + " entries, the chain holds only "
					+ report.headSeq() + ": entries were removed from the end";
			case ANCHOR_HASH_DIFFERS -> "anchor " + anchor + ": entry " + seq + " hashes differently from the anchor ("
					+ anchorHash(anchors, anchor) + "): the chain up to it was rewritten";
			case ANCHOR_SIGNATURE_INVALID ->
				"anchor " + anchor + ": its signature is missing or not made by the key: it was changed or forged";
			case ANCHOR_UNREADABLE -> anchor + " is not a readable anchor";
		};
	}

	private static String anchorHash(List<AnchorFile> anchors, String name) {
		return anchors.stream()
			.filter((a) -> a.name().equals(name) && a.anchor() != null)
			.map((a) -> "expected " + a.anchor().headHash())
			.findFirst()
			.orElse("");
	}

	private static String text(JsonNode line, String field) {
		JsonNode value = line.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static int usage(PrintStream err, String problem) {
		err.println("verify-chain: " + problem);
		err.print(USAGE_TEXT);
		return USAGE;
	}

}
