package org.parley;

import org.parley.audit.VerifyChainCommand;
import org.parley.dossier.VerifyDossierCommand;
import org.parley.protection.MasterKeyCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Parley: case management for humanitarian access negotiations with armed groups.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParleyApplication {

	public static void main(String[] args) {
		if (VerifyDossierCommand.requested(args)) {
			// Offline and without Spring: an auditor checks a dossier on any machine.
			System.exit(VerifyDossierCommand.run(args, System.out, System.err));
		}
		if (MasterKeyCommand.requested(args)) {
			// Without Spring and without a database: a key is made before the first
			// start.
			System.exit(MasterKeyCommand.run(args, System.out, System.err));
		}
		if (VerifyChainCommand.requested(args)) {
			// The same for the whole audit chain against its anchors.
			System.exit(VerifyChainCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(ParleyApplication.class, args);
	}

}
