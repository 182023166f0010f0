package org.parley.protection;

import java.util.Collection;
import java.util.Map;

/**
 * The names of the teams that own data keys, for the keys' administration page: answered
 * by the module that keeps the teams (this module knows teams by id only, so that the
 * module that keeps accounts can seal their secrets with it).
 */
public interface KeyOwnerNames {

	Map<Long, String> names(Collection<Long> teamIds);

}
