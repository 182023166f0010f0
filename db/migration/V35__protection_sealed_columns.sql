-- Sensitive columns hold sealed values from now on (decision 0020):
-- "pk1:<data key id>:<base64url of the Tink AES-256-GCM ciphertext>", bound to the table,
-- the column and the row's team. A sealed value is longer than its text, so the columns
-- limited in length become text; the forms still limit what is typed.
-- Values written before this release are sealed by Parley at its next start, before it
-- serves anyone (StartupSealing): a Flyway migration cannot reach the master key, which is
-- kept out of the database.
ALTER TABLE negotiation_round ALTER COLUMN place TYPE text;
ALTER TABLE security_incident ALTER COLUMN place_locality TYPE text;

COMMENT ON COLUMN interlocutor.real_name IS 'sealed (decision 0020)';
COMMENT ON COLUMN interlocutor.contact_details IS 'sealed (decision 0020)';
COMMENT ON COLUMN interlocutor.influence_notes IS 'sealed (decision 0020)';
COMMENT ON COLUMN interlocutor.reliability_notes IS 'sealed (decision 0020)';
COMMENT ON COLUMN interlocutor.risk_notes IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.place IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.our_participants IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.their_participants IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.asked IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.offered IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.arguments IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.agreed IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.disagreed IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.outcome IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.next_step IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.incident_notes IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_round.safety_notes IS 'sealed (decision 0020)';
COMMENT ON COLUMN negotiation_case.next_step IS 'sealed (decision 0020): the rounds'' earliest open next step';
COMMENT ON COLUMN case_answer.answer IS 'sealed (decision 0020)';
COMMENT ON COLUMN case_conflict_analysis.risks IS 'sealed (decision 0020)';
COMMENT ON COLUMN engagement_decision.risk_legitimacy IS 'sealed (decision 0020)';
COMMENT ON COLUMN engagement_decision.risk_instrumentalisation IS 'sealed (decision 0020)';
COMMENT ON COLUMN engagement_decision.risk_legal IS 'sealed (decision 0020)';
COMMENT ON COLUMN engagement_decision.risk_staff_safety IS 'sealed (decision 0020)';
COMMENT ON COLUMN engagement_decision.risk_reputation IS 'sealed (decision 0020)';
COMMENT ON COLUMN security_incident.place_locality IS 'sealed (decision 0020); country and region stay in clear';
COMMENT ON COLUMN security_incident.place_description IS 'sealed (decision 0020)';
COMMENT ON COLUMN security_incident.narrative IS 'sealed (decision 0020)';
COMMENT ON COLUMN security_incident.sources IS 'sealed (decision 0020)';
