package org.parley.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A persistent field whose values must never be copied into the audit log (a password
 * hash, the real name of an interlocutor): the entry records that the field changed, with
 * both values redacted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditRedacted {

}
