/**
 * Step 9, closure: the outcome and lessons learned, asked of HQ and confirmed or returned
 * by an HQ reviewer who did not ask. Template: {@code negotiation/steps/closure.html}.
 */
package org.parley.negotiation.step.closure;
