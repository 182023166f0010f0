package org.parley.armedgroup;

/**
 * How the team reaches an interlocutor. Labels are in the message bundles under
 * {@code armedgroup.ContactChannel.<VALUE>}.
 */
public enum ContactChannel {

	IN_PERSON, PHONE, MESSAGING, EMAIL, THROUGH_INTERMEDIARY, OTHER

}
