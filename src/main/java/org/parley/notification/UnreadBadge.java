package org.parley.notification;

import org.parley.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The unread count in the header of every page, asked by the layout only when it is drawn
 * for a signed-in user ({@code @unreadBadge.count(...)}): nothing for the API or
 * anonymous visitors. A page never fails for the badge's sake, error pages included.
 */
@Component("unreadBadge")
class UnreadBadge {

	private static final Logger log = LoggerFactory.getLogger(UnreadBadge.class);

	private final Inbox inbox;

	UnreadBadge(Inbox inbox) {
		this.inbox = inbox;
	}

	public long count(Object principal) {
		if (!(principal instanceof CurrentUser user)) {
			return 0;
		}
		try {
			return this.inbox.unread(user);
		}
		catch (RuntimeException ex) {
			log.warn("Unread notifications not counted: {}", ex.toString());
			return 0;
		}
	}

}
