package org.parley.protection;

/**
 * What a data key protects. Each team has its own key per purpose, so that destroying one
 * destroys what it sealed and nothing else.
 */
public enum KeyPurpose {

	/** The team's sensitive fields. */
	TEAM,

	/** The fields of the team's strictly confidential records. */
	TEAM_STRICT,

	/** Secrets that belong to no team (second-factor secrets). */
	SYSTEM

}
