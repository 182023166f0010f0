/**
 * Measures of effectiveness: set with the objectives (step 3) and measured in the
 * follow-up (step 8), by page and by API.
 */
package org.parley.negotiation.step.measures;
