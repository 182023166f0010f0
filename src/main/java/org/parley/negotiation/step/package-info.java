/**
 * The steps of the method as a whole: one {@link org.parley.negotiation.step.CaseStep}
 * per step says what the step still needs, what its page shows and what the API returns;
 * {@link org.parley.negotiation.step.StepPages} draws every step page, the step
 * controllers save the answers and notes, {@link org.parley.negotiation.step.StepSaves}
 * shows a refused save the same way on every step.
 */
package org.parley.negotiation.step;
