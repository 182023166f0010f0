/**
 * Step 4, the internal decision: a gate only HQ's approval passes. The requests to engage
 * are part of the case aggregate; this package says what the step needs and shows the
 * decision card. Template: {@code negotiation/steps/internal-decision.html} (with
 * {@code negotiation/decision.html}).
 */
package org.parley.negotiation.step.decision;
