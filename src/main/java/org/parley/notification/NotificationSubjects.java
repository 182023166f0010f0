package org.parley.notification;

import org.parley.negotiation.CaseQueries;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.agreement.Agreements;
import org.parley.shared.CurrentUser;
import org.parley.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The title of what a notification is about (the case or the agreement its link leads
 * to), looked up when the inbox page is drawn and under the reader's need-to-know today.
 * The stored notification and its e-mail hold numbers only; a title the reader may no
 * longer read is not shown.
 */
@Component
class NotificationSubjects {

	private static final Pattern CASE = Pattern.compile("^/cases/(\\d+)");

	private static final Pattern AGREEMENT = Pattern.compile("^/agreements/(\\d+)");

	private final CaseQueries cases;

	private final Agreements agreements;

	NotificationSubjects(CaseQueries cases, Agreements agreements) {
		this.cases = cases;
		this.agreements = agreements;
	}

	/** A lookup for one page: each case or agreement is read once. */
	Lookup forReader(CurrentUser reader) {
		return new Lookup(reader);
	}

	final class Lookup {

		private final CurrentUser reader;

		private final Map<String, String> titles = new HashMap<>();

		private Lookup(CurrentUser reader) {
			this.reader = reader;
		}

		/**
		 * The title, or null if the link leads to neither or the reader may not see it.
		 */
		String of(String link) {
			return this.titles.computeIfAbsent(link, this::find);
		}

		private String find(String link) {
			try {
				Matcher matcher = CASE.matcher(link);
				if (matcher.find()) {
					return NotificationSubjects.this.cases.get(Long.parseLong(matcher.group(1)), this.reader).title();
				}
				matcher = AGREEMENT.matcher(link);
				if (matcher.find()) {
					return NotificationSubjects.this.agreements.details(Long.parseLong(matcher.group(1)), this.reader)
						.latest()
						.content()
						.title();
				}
			}
			catch (NotFoundException | AccessDeniedException hidden) {
				// Not the reader's to see (any more): the message's numbers stay.
			}
			return null;
		}

	}

}
