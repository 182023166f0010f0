/**
 * Step 7, the agreement: complete once an agreement is in force (the agreement module
 * tells, through {@link org.parley.negotiation.AgreementEvidence}) or with a note.
 * Template: {@code negotiation/steps/agreement.html}.
 */
package org.parley.negotiation.step.agreement;
