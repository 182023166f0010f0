package org.parley.protection;

import java.time.Instant;

/**
 * An administrator started the emergency destruction of a team's strictly confidential
 * data: the other administrators are to hear of it, as one of them must confirm it before
 * the deadline. Published in the transaction that records the request.
 *
 * @param requestId the request
 * @param teamId the team whose key is to be destroyed
 * @param startedById the account of the administrator who started it
 * @param confirmBefore when it expires unless confirmed
 */
public record KeyDestructionRequested(long requestId, long teamId, long startedById, Instant confirmBefore) {
}
