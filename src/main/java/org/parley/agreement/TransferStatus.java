package org.parley.agreement;

/**
 * Where a transfer stands: recorded and waiting for an HQ reviewer, approved (it counts),
 * or refused (decision 0026).
 */
public enum TransferStatus {

	PENDING, APPROVED, REFUSED

}
