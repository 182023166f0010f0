package org.parley.reference;

/**
 * A reference value as a form or page shows it: its code, its label in the reader's
 * language, and whether it is retired (kept on old records, not offered for new ones).
 */
public record ReferenceOption(String code, String label, boolean retired) {
}
