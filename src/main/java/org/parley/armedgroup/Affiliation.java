package org.parley.armedgroup;

/**
 * Whether an interlocutor belongs to a group or stands between. Labels are in the message
 * bundles under {@code armedgroup.Affiliation.<VALUE>}.
 */
public enum Affiliation {

	GROUP_MEMBER, INTERMEDIARY

}
