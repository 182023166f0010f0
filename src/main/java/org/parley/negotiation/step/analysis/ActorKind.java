package org.parley.negotiation.step.analysis;

/**
 * The kinds of actor a conflict analysis names. Labels under
 * {@code negotiation.ActorKind.<VALUE>}.
 */
public enum ActorKind {

	STATE_BODY, ARMED_GROUP, COMMUNITY, HUMANITARIAN, OTHER

}
