/**
 * The administration of the guiding questions: published versions are never changed; a
 * case keeps the version it was opened with.
 */
package org.parley.negotiation.questions;
