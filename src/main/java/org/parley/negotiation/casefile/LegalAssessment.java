package org.parley.negotiation.casefile;

import org.parley.negotiation.AssessmentConclusion;
import org.parley.negotiation.LegalAssessmentView;
import org.parley.negotiation.ResidualRisk;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.parley.armedgroup.DesignationAuthority;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.Text;

/**
 * The legal and sanctions assessment of one designation in a request to engage: a copy of
 * the listing as it stood (it may be lifted later) and what the team assessed, its words
 * sealed under the team's key. The audit log records which listing it assesses, the risk
 * left and the conclusion, never the words.
 */
@Embeddable
public record LegalAssessment(@Column(name = "designation_id") long designationId,
		@Column(name = "group_id") long groupId, @Column(name = "group_name") String groupName,
		@Enumerated(EnumType.STRING) @Column(name = "authority") DesignationAuthority authority,
		@Column(name = "listing_name") String listingName, @Column(name = "listed_on") LocalDate listedOn,
		@Column(name = "exposure") Sealed exposure, @Column(name = "mitigation") Sealed mitigation,
		@Column(name = "advice_obtained") boolean adviceObtained, @Column(name = "advice_from") Sealed adviceFrom,
		@Column(name = "advice_on") LocalDate adviceOn,
		@Enumerated(EnumType.STRING) @Column(name = "residual_risk") ResidualRisk residualRisk,
		@Enumerated(EnumType.STRING) @Column(name = "conclusion") AssessmentConclusion conclusion) {

	private static final String TABLE = "engagement_decision_legal_assessment";

	private static final String TEAM = "SELECT d.team_id FROM engagement_decision d WHERE d.id = decision_id";

	static final SealedColumn EXPOSURE = column("exposure");

	static final SealedColumn MITIGATION = column("mitigation");

	static final SealedColumn ADVICE_FROM = column("advice_from");

	/** The sealed columns of the assessments. */
	public static final List<SealedColumn> SEALED = List.of(EXPOSURE, MITIGATION, ADVICE_FROM);

	/** Which rows of the table are a case's: those of its requests to engage. */
	public static final String ROWS_OF_CASE = "decision_id IN (SELECT id FROM engagement_decision WHERE case_id = :caseId)";

	private static SealedColumn column(String name) {
		return new SealedColumn(TABLE, name, TEAM, List.of("decision_id", "position"));
	}

	/** The assessment of the party's designation, sealed under the team's key. */
	static LegalAssessment of(DesignatedParty party, LegalAssessmentInput input, long teamId, KeyPurpose purpose,
			FieldSealer sealer) {
		boolean advice = Boolean.TRUE.equals(input.adviceObtained());
		return new LegalAssessment(party.designation().id(), party.group().id(), party.group().name(),
				party.designation().authority(), party.designation().listingName(), party.designation().listedOn(),
				sealer.seal(teamId, purpose, EXPOSURE, input.exposure().strip()),
				sealer.seal(teamId, purpose, MITIGATION, input.mitigation().strip()), advice,
				advice ? sealer.seal(teamId, purpose, ADVICE_FROM, Text.blankToNull(input.adviceFrom())) : null,
				advice ? input.adviceOn() : null, input.residualRisk(), input.conclusion());
	}

	/** The same assessment sealed under the key of the case's new level. */
	LegalAssessment resealed(long teamId, KeyPurpose purpose, FieldSealer sealer) {
		return new LegalAssessment(this.designationId, this.groupId, this.groupName, this.authority, this.listingName,
				this.listedOn, sealer.reseal(this.exposure, teamId, purpose, EXPOSURE),
				sealer.reseal(this.mitigation, teamId, purpose, MITIGATION), this.adviceObtained,
				(this.adviceFrom != null) ? sealer.reseal(this.adviceFrom, teamId, purpose, ADVICE_FROM) : null,
				this.adviceOn, this.residualRisk, this.conclusion);
	}

	/** The assessment, its words opened unless there is no sealer (redacted). */
	LegalAssessmentView view(long teamId, FieldSealer sealer) {
		return new LegalAssessmentView(this.designationId, this.groupId, this.groupName, this.authority,
				this.listingName, this.listedOn, open(teamId, sealer, EXPOSURE, this.exposure),
				open(teamId, sealer, MITIGATION, this.mitigation), this.adviceObtained,
				open(teamId, sealer, ADVICE_FROM, this.adviceFrom), this.adviceOn, this.residualRisk, this.conclusion);
	}

	/** How HQ's approval names the listing it considered. */
	String listing() {
		return this.listingName + " (" + this.listedOn + ")";
	}

	private static String open(long teamId, FieldSealer sealer, SealedColumn column, Sealed value) {
		return (sealer != null && value != null) ? sealer.text(teamId, column, value) : null;
	}

	/**
	 * As the audit log records it: the listing, its authority, the risk left, the
	 * conclusion and whether legal advice was obtained; never what was assessed.
	 */
	@Override
	public String toString() {
		return this.authority + " " + this.residualRisk + " " + this.conclusion + " " + this.adviceObtained + ": "
				+ this.listingName;
	}

}
