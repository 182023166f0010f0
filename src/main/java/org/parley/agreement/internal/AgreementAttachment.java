package org.parley.agreement.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.agreement.AttachmentKind;
import org.parley.shared.TeamScoped;

/**
 * A stored file (a signed scan, a photo) attached to an agreement, with the version that
 * was the newest when it was attached. Attached once, never changed.
 */
@Entity
@Table(name = "agreement_attachment")
class AgreementAttachment implements TeamScoped, OfAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	@Column(name = "agreement_version_id", nullable = false, updatable = false)
	private Long versionId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "document_id", nullable = false, updatable = false)
	private Long documentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AttachmentKind kind;

	@Column(updatable = false)
	private String caption;

	@Column(name = "attached_by", nullable = false, updatable = false)
	private String attachedBy;

	@Column(name = "attached_at", nullable = false, updatable = false)
	private Instant attachedAt;

	@Version
	private long version;

	protected AgreementAttachment() {
	}

	AgreementAttachment(long agreementId, long versionId, long teamId, long documentId, AttachmentKind kind,
			String caption, String attachedBy, Instant attachedAt) {
		this.agreementId = agreementId;
		this.versionId = versionId;
		this.teamId = teamId;
		this.documentId = documentId;
		this.kind = kind;
		this.caption = caption;
		this.attachedBy = attachedBy;
		this.attachedAt = attachedAt;
	}

	long getId() {
		return this.id;
	}

	long getVersionId() {
		return this.versionId;
	}

	long getDocumentId() {
		return this.documentId;
	}

	AttachmentKind getKind() {
		return this.kind;
	}

	String getCaption() {
		return this.caption;
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
