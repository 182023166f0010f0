/**
 * Step 2, understanding the group: dated assessments of each group of the case (the
 * iceberg, the network of people who influence its decision), pre-filled from the
 * registry, compared with the one before. Template:
 * {@code negotiation/steps/understanding-the-group.html}.
 */
package org.parley.negotiation.step.group;
