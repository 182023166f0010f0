package org.parley.retention;

/**
 * The kinds of record a retention period is set for. Only closed cases are reviewed and
 * purged so far; the periods of the others are recorded and shown (decision 0023).
 */
public enum RecordType {

	CLOSED_CASE, INCIDENT, DISCLOSURE_REQUEST

}
