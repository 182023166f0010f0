package org.parley.agreement;

/**
 * The agreement's stage, as the PA-X peace-agreement database codes it. Labels under
 * {@code agreement.Stage.<VALUE>}.
 */
public enum Stage {

	PRE_NEGOTIATION, CEASEFIRE, FRAMEWORK, IMPLEMENTATION, RENEWAL

}
