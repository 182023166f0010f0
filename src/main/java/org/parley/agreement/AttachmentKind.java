package org.parley.agreement;

/** What a file attached to an agreement is. */
public enum AttachmentKind {

	SIGNED_SCAN, PHOTO, OTHER

}
