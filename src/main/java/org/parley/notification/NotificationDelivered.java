package org.parley.notification;

/**
 * A notification was put in an inbox: after commit, the mailer may tell its recipient by
 * e-mail. Carries what the e-mail needs, so nothing is read after the transaction.
 */
record NotificationDelivered(Inbox.Recipient recipient, NotificationKind kind) {
}
