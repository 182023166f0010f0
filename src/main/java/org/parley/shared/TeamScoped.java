package org.parley.shared;

/**
 * Implemented by records that belong to one team (the need-to-know unit). The audit log
 * stores the team with every entry about such a record, so auditors see only the history
 * of their teams.
 */
public interface TeamScoped {

	Long teamId();

}
