package org.parley.agreement.monitoring;

public interface ComplianceCheckRepository extends ObligationRepository<ComplianceCheck> {

}
