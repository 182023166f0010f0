/**
 * The case pages and the case API: the list (keyset-paged, scoped to the reader's teams),
 * opening and describing a case, its overview with the request to engage and going back a
 * step, and the case's history.
 */
package org.parley.negotiation.web;
