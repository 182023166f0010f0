/**
 * Reference lists: the method's taxonomies (group categories, tactics, revenue sources,
 * commitment themes, intermediary types), bilingual and editable by administrators. A
 * value in use is retired, never deleted, so old records keep their meaning.
 */
package org.parley.reference;
