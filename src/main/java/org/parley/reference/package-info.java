/**
 * Reference lists: the method's taxonomies (group categories, tactics, revenue sources,
 * commitment themes, intermediary types), bilingual and editable by administrators. A
 * value in use is retired, never deleted, so old records keep their meaning.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference lists",
		allowedDependencies = { "shared", "shared::web", "audit" })
package org.parley.reference;
