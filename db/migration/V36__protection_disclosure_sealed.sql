-- The register of disclosure requests (V32) is sealed like the other sensitive records
-- (decision 0020): who asked, what for and on what basis as stated, the team's assessment
-- and what was disclosed. A sealed value is longer than its text, so the requester's name
-- becomes text; the form still limits it to 300 characters. The reasons for a decision or
-- a withdrawal stay in clear: the audit log records them with the change. Values written
-- before this release are sealed by Parley at its next start (StartupSealing).
ALTER TABLE disclosure_request ALTER COLUMN requester_name TYPE text;

COMMENT ON COLUMN disclosure_request.requester_name IS 'sealed (decision 0020)';
COMMENT ON COLUMN disclosure_request.legal_basis_detail IS 'sealed (decision 0020)';
COMMENT ON COLUMN disclosure_request.requested IS 'sealed (decision 0020)';
COMMENT ON COLUMN disclosure_request.risk_assessment IS 'sealed (decision 0020)';
COMMENT ON COLUMN disclosure_request.purpose_assessment IS 'sealed (decision 0020)';
COMMENT ON COLUMN disclosure_request.disclosed IS 'sealed (decision 0020)';
