/**
 * Step 1, conflict analysis: the sheet (context, actors, territorial control, state
 * presence, needs, risks, legal regime, island of agreement), its page and API, and what
 * the step needs before it is completed. Template:
 * {@code negotiation/steps/conflict-analysis.html}.
 */
package org.parley.negotiation.step.analysis;
