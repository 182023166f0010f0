package org.parley.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A persistent field whose changes are bookkeeping, not history (a version number, a
 * counter of failed sign-ins): the audit listener does not record them. An update that
 * touches only such fields writes no entry.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditIgnored {

}
