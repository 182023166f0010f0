package org.parley.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST, PUT, PATCH or DELETE handler that changes no record of the organisation's
 * work, so that a user with read-only roles (an auditor) may send it: showing a protected
 * value (recorded, not changed), making an export, marking one's own notifications read,
 * changing one's own password or access tokens. Every other write handler refuses them
 * (403), whatever the service would say. The service still checks who may do it.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadOnlySafe {

	/** Why this handler changes no record, for the reader of the code. */
	String value();

}
