package org.parley.agreement.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.shared.TeamScoped;

/**
 * A stored file attached as evidence when a compliance check was recorded (a photo of the
 * clinic door, a parish report). Attached once, never changed.
 */
@Entity
@Table(name = "compliance_check_attachment")
class CheckAttachment implements TeamScoped, OfAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "check_id", nullable = false, updatable = false)
	private Long checkId;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "document_id", nullable = false, updatable = false)
	private Long documentId;

	@Column(name = "attached_by", nullable = false, updatable = false)
	private String attachedBy;

	@Column(name = "attached_at", nullable = false, updatable = false)
	private Instant attachedAt;

	@Version
	private long version;

	protected CheckAttachment() {
	}

	CheckAttachment(long checkId, long agreementId, long teamId, long documentId, String attachedBy,
			Instant attachedAt) {
		this.checkId = checkId;
		this.agreementId = agreementId;
		this.teamId = teamId;
		this.documentId = documentId;
		this.attachedBy = attachedBy;
		this.attachedAt = attachedAt;
	}

	long getCheckId() {
		return this.checkId;
	}

	long getDocumentId() {
		return this.documentId;
	}

	@Override
	public Long agreementId() {
		return this.agreementId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
