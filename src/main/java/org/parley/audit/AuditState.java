package org.parley.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A persistent field that holds the state of its record (enabled, step, status): an
 * update that changes it is recorded as a {@link AuditAction#STATE_CHANGE}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditState {

}
