/**
 * Step 6, negotiation rounds: what was asked, offered and agreed in each round, its next
 * step (the earliest open one is kept on the case), and the precautions of a meeting in
 * person. Template: {@code negotiation/steps/negotiation-rounds.html}.
 */
package org.parley.negotiation.step.rounds;
