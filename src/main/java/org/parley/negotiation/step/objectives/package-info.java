/**
 * Step 3, objectives: objectives with priority and bottom line, the organisation's and
 * the case's red lines, the alternative; its measures of effectiveness are in
 * {@code step.measures}. Template: {@code negotiation/steps/objectives.html}.
 */
package org.parley.negotiation.step.objectives;
