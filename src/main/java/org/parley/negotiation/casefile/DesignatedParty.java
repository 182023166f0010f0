package org.parley.negotiation.casefile;

import org.parley.armedgroup.DesignationView;
import org.parley.armedgroup.GroupRef;

/**
 * A group of the case and one designation in force against it: what a request to engage
 * must assess.
 */
public record DesignatedParty(GroupRef group, DesignationView designation) {
}
