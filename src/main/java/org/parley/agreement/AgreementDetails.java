package org.parley.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An agreement as its page and the API show it: its status, the version in force and
 * every version, newest first.
 */
public record AgreementDetails(long id, long caseId, AgreementStatus status, Integer inForceVersion,
		String statusReason, String createdBy, long version, List<VersionView> versions, Set<AgreementStatus> moves) {

	/**
	 * The version being drafted, reviewed or answered, if any: always the newest, since a
	 * version HQ returned stays as HQ saw it and is answered by the next one.
	 */
	public VersionView open() {
		VersionView latest = latest();
		return (latest.status() == VersionStatus.DRAFT || latest.status() == VersionStatus.SUBMITTED
				|| latest.status() == VersionStatus.RETURNED) ? latest : null;
	}

	/**
	 * The version HQ returned that a version answers: itself if it is the returned one,
	 * the one just before it if that was returned, or null.
	 */
	public VersionView returnedBefore(VersionView version) {
		if (version.status() == VersionStatus.RETURNED) {
			return version;
		}
		return this.versions.stream()
			.filter((v) -> v.versionNo() == version.versionNo() - 1 && v.status() == VersionStatus.ANSWERED)
			.findFirst()
			.orElse(null);
	}

	/** The version in force, if any. */
	public VersionView inForce() {
		return this.versions.stream()
			.filter((v) -> this.inForceVersion != null && v.versionNo() == this.inForceVersion)
			.findFirst()
			.orElse(null);
	}

	/** The newest version. */
	public VersionView latest() {
		return this.versions.get(0);
	}

	/** One version of an agreement. */
	public record VersionView(long id, int versionNo, VersionStatus status, AgreementDraft content, String draftedBy,
			String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment,
			List<ReviewComment> comments, long version) {

		public String commentOn(String commitmentKey) {
			return this.comments.stream()
				.filter((c) -> c.commitmentKey().equals(commitmentKey))
				.map(ReviewComment::comment)
				.findFirst()
				.orElse(null);
		}

	}

}
