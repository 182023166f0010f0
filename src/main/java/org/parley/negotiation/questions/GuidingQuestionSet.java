package org.parley.negotiation.questions;

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
public class GuidingQuestionSet {

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

	public GuidingQuestionSet(int versionNo, Instant publishedAt, String publishedBy, String note) {
		this.versionNo = versionNo;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	public int getVersionNo() {
		return this.versionNo;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public String getNote() {
		return this.note;
	}

}
