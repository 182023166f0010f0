package org.parley.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notification's text in the reader's language, made when it is read. An argument that
 * starts with {@value #LABEL} is itself a message key (a status label), translated too.
 */
@Component
class NotificationText {

	static final String LABEL = "@";

	private final MessageSource messages;

	NotificationText(MessageSource messages) {
		this.messages = messages;
	}

	String of(NotificationView notification, Locale locale) {
		Object[] args = notification.messageArgs()
			.stream()
			.map((arg) -> arg.startsWith(LABEL)
					? this.messages.getMessage(arg.substring(LABEL.length()), null, arg, locale) : arg)
			.toArray();
		return this.messages.getMessage(notification.messageKey(), args, notification.messageKey(), locale);
	}

}
