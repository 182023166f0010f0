package org.parley.agreement.dispute;

import java.util.List;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.agreement.DisputeContactKind;
import org.parley.agreement.DisputeView;
import org.parley.audit.AuditIgnored;
import org.parley.shared.CaseScoped;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * One hearing, meeting, call or letter in a dispute: added once, never rewritten, each
 * its own audited record (decision 0025).
 */
@Entity
@Table(name = "agreement_dispute_contact")
public class DisputeContact implements TeamScoped, CaseScoped {

	/** Who took part: names of people (decision 0020). */
	static final SealedColumn PARTICIPANTS = SealedColumn.of("agreement_dispute_contact", "participants");

	/** What was said. */
	static final SealedColumn NOTE = SealedColumn.of("agreement_dispute_contact", "note");

	static final List<SealedColumn> SEALED = List.of(PARTICIPANTS, NOTE);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dispute_id", nullable = false, updatable = false)
	private Long disputeId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "held_on", nullable = false, updatable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DisputeContactKind kind;

	@Column(nullable = false, updatable = false)
	private Sealed participants;

	@Column(updatable = false)
	private Sealed note;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@AuditIgnored
	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected DisputeContact() {
	}

	DisputeContact(AgreementDispute dispute, ContactRecord record, String by, Instant now, FieldSealer sealer) {
		this.disputeId = dispute.getId();
		this.caseId = dispute.caseId();
		this.teamId = dispute.teamId();
		this.heldOn = record.heldOn();
		this.kind = record.kind();
		this.participants = sealer.seal(this.teamId, KeyPurpose.TEAM, PARTICIPANTS, record.participants().strip());
		this.note = sealer.seal(this.teamId, KeyPurpose.TEAM, NOTE, Text.blankToNull(record.note()));
		this.recordedBy = by;
		this.recordedAt = now;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	public Long getId() {
		return this.id;
	}

	long disputeId() {
		return this.disputeId;
	}

	DisputeView.Contact view(FieldSealer sealer) {
		return new DisputeView.Contact(this.id, this.heldOn, this.kind,
				sealer.text(this.teamId, PARTICIPANTS, this.participants), sealer.text(this.teamId, NOTE, this.note),
				this.recordedBy);
	}

}
