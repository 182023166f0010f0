package org.parley.document;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.audit.AuditIgnored;
import org.parley.shared.TeamScoped;

/**
 * A file and its checksum. The content is kept out of the audit entry (the checksum is in
 * it, which is what proves the file later).
 */
@Entity
@Table(name = "stored_document")
class StoredDocument implements TeamScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", updatable = false)
	private Long teamId;

	@Column(nullable = false, updatable = false)
	private String filename;

	@Column(name = "content_type", nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@AuditIgnored
	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "uploaded_by", nullable = false, updatable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	@Version
	private long version;

	protected StoredDocument() {
	}

	StoredDocument(Long teamId, String filename, String contentType, byte[] content, String sha256, String uploadedBy,
			Instant uploadedAt) {
		this.teamId = teamId;
		this.filename = filename;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	Long getId() {
		return this.id;
	}

	Long getTeamId() {
		return this.teamId;
	}

	/** Shared documents (no team) are audited as organisation-wide entries. */
	@Override
	public Long teamId() {
		return this.teamId;
	}

	String getFilename() {
		return this.filename;
	}

	String getContentType() {
		return this.contentType;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

	String getSha256() {
		return this.sha256;
	}

	byte[] getContent() {
		return this.content;
	}

	DocumentInfo info() {
		return new DocumentInfo(this.id, this.filename, this.contentType, this.sizeBytes, this.sha256, this.uploadedBy,
				this.uploadedAt);
	}

}
