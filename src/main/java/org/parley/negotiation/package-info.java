/**
 * Negotiation cases walked through the published method (McHugh & Bessler; McQuinn &
 * Oliva): the nine steps, their guiding questions, and (coming) cases, gates and rounds.
 */
package org.parley.negotiation;
