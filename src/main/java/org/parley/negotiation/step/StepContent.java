package org.parley.negotiation.step;

/**
 * The content of one step as the API returns it: each step's own record (its sheet, its
 * rows, its note), serialised with that record's fields.
 */
public interface StepContent {

}
