package org.parley.disclosure;

/** How the request reached the team. */
public enum Channel {

	/** A letter, an official note, a court order served. */
	WRITTEN,
	/** An e-mail. */
	EMAIL,
	/** In person or by telephone: nothing written to show for it. */
	ORAL,
	/** Any other way (a message application, through a third party). */
	OTHER

}
