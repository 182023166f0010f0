/**
 * Step 5, engagement modality: direct or through intermediaries chosen among the team's
 * interlocutors, the negotiating team and the approaches. Template:
 * {@code negotiation/steps/engagement-modality.html}.
 */
package org.parley.negotiation.step.engagement;
