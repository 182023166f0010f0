package org.parley.shared;

/**
 * A value whose content must never be copied anywhere readable: the audit log records
 * that a field holding one changed, never what it held (not even in its sealed form), and
 * its {@code toString()} says nothing of it. Implemented by the protection module's
 * sealed values.
 */
public interface RedactedValue {

}
