package org.parley.protection;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.protection.keys.MasterKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar parley.jar generate-master-key <file>} writes a master key only its
 * owner can read, which Parley then accepts, and never overwrites one.
 */
class MasterKeyCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aNewMasterKeyIsWrittenForItsOwnerOnlyAndParleyReadsIt() throws Exception {
		Path file = this.dir.resolve("master-keyset.json");
		assertThat(run("generate-master-key", file.toString())).isZero();
		assertThat(text(this.out)).contains("written to " + file).contains("PARLEY_MASTER_KEYSET=");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(MasterKeys.load(List.of(file.toString()), false).primaryId()).isPositive();
	}

	@Test
	void anExistingFileIsNeverOverwritten() throws Exception {
		Path file = this.dir.resolve("master-keyset.json");
		Files.writeString(file, "the key in use");
		assertThat(run("generate-master-key", file.toString())).isEqualTo(2);
		assertThat(text(this.err)).contains("exists already");
		assertThat(Files.readString(file)).isEqualTo("the key in use");
	}

	@Test
	void withoutAFileItSaysHowToUseIt() {
		assertThat(run("generate-master-key")).isEqualTo(2);
		assertThat(text(this.err)).contains("Usage: java -jar parley.jar generate-master-key <file>");
		assertThat(MasterKeyCommand.requested(new String[] { "generate-master-key" })).isTrue();
		assertThat(MasterKeyCommand.requested(new String[] { "--spring.profiles.active=demo" })).isFalse();
	}

	private int run(String... args) {
		return MasterKeyCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
