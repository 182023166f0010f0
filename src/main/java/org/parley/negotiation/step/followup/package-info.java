/**
 * Step 8, follow-up and monitoring: the measures of effectiveness charted over time and
 * the note that completes the step. Template: {@code negotiation/steps/follow-up.html}.
 */
package org.parley.negotiation.step.followup;
