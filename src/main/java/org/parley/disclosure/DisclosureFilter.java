package org.parley.disclosure;

/**
 * What the register is narrowed by; every criterion is optional.
 */
public record DisclosureFilter(RequestState state, RequesterKind requesterKind) {

	static final DisclosureFilter ALL = new DisclosureFilter(null, null);

}
