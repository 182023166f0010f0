package org.parley.negotiation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One published version of the guiding questions. Never changed once published.
 */
@Entity
@Table(name = "guiding_question_set")
class GuidingQuestionSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(name = "published_at", nullable = false, updatable = false)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false, updatable = false)
	private String publishedBy;

	@Column(updatable = false)
	private String note;

	@Version
	private long version;

	protected GuidingQuestionSet() {
	}

	GuidingQuestionSet(int versionNo, Instant publishedAt, String publishedBy, String note) {
		this.versionNo = versionNo;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.note = note;
	}

	Long getId() {
		return this.id;
	}

	int getVersionNo() {
		return this.versionNo;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	String getPublishedBy() {
		return this.publishedBy;
	}

	String getNote() {
		return this.note;
	}

}
