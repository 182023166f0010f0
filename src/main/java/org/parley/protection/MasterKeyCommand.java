package org.parley.protection;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import com.google.crypto.tink.KeysetHandle;
import org.parley.protection.keys.MasterKeys;

/**
 * {@code java -jar parley.jar generate-master-key /etc/parley/master-keyset.json}: writes
 * a new master key (a Tink AES-256-GCM keyset, as JSON) to a file readable by its owner
 * only, without starting the application. It never overwrites a file. Exit code 0 when
 * written, 2 otherwise.
 */
public final class MasterKeyCommand {

	public static final String NAME = "generate-master-key";

	private static final String USAGE = """
			Usage: java -jar parley.jar generate-master-key <file>

			Writes a new master key for sealing sensitive fields (a Tink AES-256-GCM keyset, JSON)
			to <file>, readable by its owner only. An existing file is never overwritten.
			Point PARLEY_MASTER_KEYSET at it; keep two copies off the server: losing it loses every
			sealed value. docs/operations.md, "Master key" and "Rotating keys", says more.
			""";

	private MasterKeyCommand() {
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
		if (args.length == 2 && ("--help".equals(args[1]) || "-h".equals(args[1]))) {
			out.print(USAGE);
			return 0;
		}
		if (args.length != 2 || args[1].startsWith("-")) {
			err.print(USAGE);
			return 2;
		}
		Path file = Path.of(args[1]);
		KeysetHandle keyset = MasterKeys.generate();
		try {
			write(file, MasterKeys.toJson(keyset));
		}
		catch (FileAlreadyExistsException ex) {
			err.println(file + " exists already: a master key is never overwritten. Choose another file.");
			return 2;
		}
		catch (IOException ex) {
			err.println(file + " could not be written: " + ex.getMessage());
			return 2;
		}
		out.println("Master key " + Integer.toUnsignedLong(keyset.getPrimary().getId()) + " written to " + file
				+ ". Set PARLEY_MASTER_KEYSET=" + file.toAbsolutePath() + " and keep two copies off the server.");
		return 0;
	}

	private static void write(Path file, String json) throws IOException {
		Files.writeString(file, "", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: its own permissions apply.
		}
		Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
	}

}
