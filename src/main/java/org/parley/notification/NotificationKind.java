package org.parley.notification;

/**
 * What a notification is about. Labels under {@code notification.kind.<VALUE>}; the
 * e-mail says no more than this label.
 */
public enum NotificationKind {

	AGREEMENT_SUBMITTED, AGREEMENT_RETURNED, AGREEMENT_APPROVED, DECISION_REQUESTED, DECISION_TAKEN, CHECK_DUE,
	CHECK_OVERDUE, CLOSURE_REQUESTED, CLOSURE_CONFIRMED, CLOSURE_RETURNED, AGREEMENT_STATUS_CHANGED, REVIEW_DUE,
	REVIEW_OVERDUE, ACCESS_REQUESTED, ACCESS_CHANGED, PASSWORD_RESET

}
