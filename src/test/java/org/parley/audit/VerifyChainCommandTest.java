package org.parley.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar parley.jar verify-chain}: an exported chain checked against its signed
 * anchors with nothing but the jar, answering VALID or INVALID with the reasons.
 */
class VerifyChainCommandTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private final ChainFixtures.TestSigner signer = new ChainFixtures.TestSigner();

	private Path anchors;

	private Path key;

	private Path macKey;

	private List<String> lines;

	@BeforeEach
	void aChainOfFiveEntriesAnchoredAtFour() throws IOException {
		this.anchors = Files.createDirectories(this.dir.resolve("anchors"));
		this.key = Files.writeString(this.dir.resolve("org-public-key.pem"), this.signer.publicKeyPem());
		this.macKey = Files.write(this.dir.resolve("mac-key.txt"), ChainFixtures.MAC_KEY);
		this.lines = chain(5);
		String fourth = JSON.readTree(this.lines.get(3)).path("hash").asString();
		new AuditAnchors(this.anchors, "parley", () -> this.signer).write(4, fourth,
				Instant.parse("2026-11-23T03:17:00Z"), 1L);
	}

	@Test
	void anIntactChainIsValidAgainstItsAnchors() throws IOException {
		Result result = run("--entries", write(this.lines), "--anchors", this.anchors.toString(), "--key",
				this.key.toString(), "--mac-key-file", this.macKey.toString());

		assertThat(result.exit()).isEqualTo(VerifyChainCommand.VALID);
		assertThat(result.out()).startsWith("VALID")
			.contains("chain parley: 5 entries", "1 anchors checked; the latest counts 4 entries", "MACs checked");
	}

	@Test
	void aLineChangedInTheFileIsInvalid() throws IOException {
		List<String> changed = new ArrayList<>(this.lines);
		changed.set(1, changed.get(1).replace("\"field.mx\"", "\"someone\""));

		Result result = run("--entries", write(changed), "--anchors", this.anchors.toString(), "--key",
				this.key.toString());

		assertThat(result.exit()).isEqualTo(VerifyChainCommand.INVALID);
		assertThat(result.out()).startsWith("INVALID").contains("entry 2 was changed after it was written");
	}

	@Test
	void aChainRewrittenWholeIsInvalidAgainstTheAnchor() throws IOException {
		List<String> rewritten = chain(5, "someone else");

		Result result = run("--entries", write(rewritten), "--anchors", this.anchors.toString(), "--key",
				this.key.toString());

		assertThat(result.exit()).isEqualTo(VerifyChainCommand.INVALID);
		assertThat(result.out()).contains("entry 4 hashes differently from the anchor",
				"the chain up to it was rewritten");
	}

	@Test
	void anEntryWithoutAValidMacIsInvalidWithTheKey() throws IOException {
		List<String> forged = new ArrayList<>(this.lines);
		forged.set(4, forged.get(4).replaceAll("\"mac\":\"[0-9a-f]{64}\"", "\"mac\":null"));

		Result result = run("--entries", write(forged), "--anchors", this.anchors.toString(), "--key",
				this.key.toString(), "--mac-key-file", this.macKey.toString());

		assertThat(result.out()).startsWith("INVALID").contains("entry 5 carries no MAC");
	}

	@Test
	void anAnchorSignedByAnotherKeyIsInvalid() throws IOException {
		Path other = Files.writeString(this.dir.resolve("other.pem"), new ChainFixtures.TestSigner().publicKeyPem());

		Result result = run("--entries", write(this.lines), "--anchors", this.anchors.toString(), "--key",
				other.toString());

		assertThat(result.exit()).isEqualTo(VerifyChainCommand.INVALID);
		assertThat(result.out()).contains("its signature is missing or not made by the key");
	}

	@Test
	void aWrongCommandLineSaysHowToUseIt() throws IOException {
		assertThat(run("--entries", write(this.lines)).exit()).isEqualTo(VerifyChainCommand.USAGE);
		assertThat(run("--entries", "missing.jsonl", "--anchors", this.anchors.toString(), "--key", this.key.toString())
			.out()).contains("no such file");
		assertThat(run("--key", this.macKey.toString(), "--entries", write(this.lines), "--anchors",
				this.anchors.toString())
			.exit()).isEqualTo(VerifyChainCommand.USAGE);
		assertThat(run("--help").out()).contains("Usage: java -jar parley.jar verify-chain");
	}

	private List<String> chain(int count) {
		return chain(count, "field.mx");
	}

	/** Entries as the export writes them, each hashed and MACed as Parley does. */
	private static List<String> chain(int count, String actor) {
		List<String> lines = new ArrayList<>();
		String prev = AuditHashes.GENESIS;
		for (int seq = 1; seq <= count; seq++) {
			Instant at = Instant.parse("2026-11-20T10:00:00Z").plusSeconds(seq);
			String changes = "{\"title\":{\"old\":null,\"new\":\"entry " + seq + "\"}}";
			String canonical = AuditHashes.canonical(seq, at, actor, "CREATE", "Case", Integer.toString(seq), 7L,
					changes, null, prev, null, null, null);
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("seq", seq);
			line.put("occurredAt", at.toString());
			line.put("actor", actor);
			line.put("action", "CREATE");
			line.put("entityType", "Case");
			line.put("entityId", Integer.toString(seq));
			line.put("teamId", 7);
			line.put("changes", changes);
			line.put("reason", null);
			line.put("prevHash", prev);
			line.put("caseId", null);
			line.put("caseSeq", null);
			line.put("casePrevHash", null);
			line.put("hash", AuditHashes.sha256(canonical));
			line.put("mac", AuditHashes.mac(ChainFixtures.MAC_KEY, canonical));
			lines.add(JSON.writeValueAsString(line));
			prev = (String) line.get("hash");
		}
		return lines;
	}

	private String write(List<String> lines) throws IOException {
		return Files.write(Files.createTempFile(this.dir, "chain-", ".jsonl"), lines).toString();
	}

	private static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] command = new String[args.length + 1];
		command[0] = VerifyChainCommand.NAME;
		System.arraycopy(args, 0, command, 1, args.length);
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		int exit = VerifyChainCommand.run(command, print, print);
		return new Result(exit, out.toString(StandardCharsets.UTF_8));
	}

	private record Result(int exit, String out) {

	}

}
