package org.parley.agreement;

/** What a transfer gives (decision 0026). */
public enum TransferKind {

	CASH, FUEL, FOOD, TRANSPORT, COMMUNICATION_CREDIT, MEDICAL_SUPPLIES, SERVICES, OTHER

}
