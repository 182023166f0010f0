package org.parley.agreement.web;

import org.parley.agreement.AgreementStatus;

/** A change of an agreement in force, and its reason. */
public record StatusForm(AgreementStatus to, String reason) {
}
