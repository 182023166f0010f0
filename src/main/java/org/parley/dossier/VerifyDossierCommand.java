package org.parley.dossier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;

import org.bouncycastle.cert.X509CertificateHolder;
import org.parley.shared.crypto.Pem;
import org.parley.shared.crypto.PublicKeys;
import org.parley.dossier.verify.DossierVerifier;

/**
 * {@code java -jar parley.jar verify-dossier case-12.zip --key org-public-key.pem}:
 * checks a dossier without starting the application or reaching any server. Prints
 * {@code VALID} and what was checked, or {@code INVALID} and each problem found. Exit
 * code 0 when valid, 1 when invalid, 2 when the command itself is wrong.
 */
public final class VerifyDossierCommand {

	public static final String NAME = "verify-dossier";

	public static final int VALID = 0;

	public static final int INVALID = 1;

	public static final int USAGE = 2;

	private static final String USAGE_TEXT = """
			Usage: java -jar parley.jar verify-dossier <dossier.zip> --key <public-key.pem> [--tsa-cert <tsa.pem>]

			Checks a Parley case dossier offline:
			  - manifest.json is signed (manifest.sig) by the organisation key given with --key
			  - every file listed in the manifest is present, with its size and SHA-256 unchanged
			  - no file was added
			  - every audit entry's hash recomputes, and the case's chain runs unbroken from 1
			    to the number of entries the manifest states
			  - the RFC 3161 time-stamp (manifest.tsr), when present, covers this manifest and is
			    signed by its authority (the certificate in the token, or --tsa-cert)

			Prints VALID with a summary, or INVALID with each problem.
			Exit code: 0 valid, 1 invalid, 2 usage error (bad arguments, unreadable key or file).
			""";

	private VerifyDossierCommand() {
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
		Path dossier = null;
		Path key = null;
		Path tsaCertificate = null;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if ("--help".equals(arg) || "-h".equals(arg)) {
				out.print(USAGE_TEXT);
				return VALID;
			}
			if (("--key".equals(arg) || "--tsa-cert".equals(arg)) && i + 1 < args.length) {
				Path value = Path.of(args[++i]);
				if ("--key".equals(arg)) {
					key = value;
				}
				else {
					tsaCertificate = value;
				}
			}
			else if (!arg.startsWith("-") && dossier == null) {
				dossier = Path.of(arg);
			}
			else {
				return usage(err, "unexpected argument: " + arg);
			}
		}
		if (dossier == null || key == null) {
			return usage(err, (dossier == null) ? "no dossier given" : "no public key given (--key)");
		}
		if (!Files.isRegularFile(dossier)) {
			return usage(err, "no such file: " + dossier);
		}
		PublicKey publicKey;
		X509CertificateHolder tsa = null;
		try {
			publicKey = PublicKeys.read(Files.readAllBytes(key));
			if (tsaCertificate != null) {
				tsa = new X509CertificateHolder(Pem.decode(Files.readAllBytes(tsaCertificate), "CERTIFICATE"));
			}
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
			return usage(err, "cannot read the key or certificate: " + ex.getMessage());
		}
		try {
			DossierVerifier.Verification verification = DossierVerifier.verify(dossier, publicKey, tsa);
			if (verification.valid()) {
				out.println("VALID");
				verification.summary().forEach((line) -> out.println("  " + line));
				return VALID;
			}
			out.println("INVALID");
			verification.problems().forEach((problem) -> out.println("  - " + problem));
			return INVALID;
		}
		catch (IOException ex) {
			out.println("INVALID");
			out.println("  - the file is not a readable dossier: " + ex.getMessage());
			return INVALID;
		}
	}

	private static int usage(PrintStream err, String problem) {
		err.println("verify-dossier: " + problem);
		err.print(USAGE_TEXT);
		return USAGE;
	}

}
