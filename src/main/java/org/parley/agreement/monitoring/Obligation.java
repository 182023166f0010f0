package org.parley.agreement.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.parley.agreement.ObligationDue;
import org.parley.agreement.ObligationKind;
import org.parley.audit.AuditIgnored;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * Something an agreement in force obliges the team to record: scheduled by the system for
 * a day, due from that day, recorded once by a field officer (never dated before it fell
 * due), and overdue when its window ends unrecorded. Due and overdue are days of the
 * teams' calendar.
 */
@MappedSuperclass
public abstract class Obligation extends AbstractAggregateRoot<Obligation>
		implements TeamScoped, org.parley.shared.CaseScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "due_on", nullable = false, updatable = false)
	private LocalDate dueOn;

	@Column(name = "window_ends", nullable = false, updatable = false)
	private LocalDate windowEnds;

	@Column(name = "recorded_by")
	private String recordedBy;

	@AuditIgnored
	@Column(name = "recorded_at")
	private Instant recordedAt;

	@AuditIgnored
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/**
	 * What the team was last told of it (nothing yet, due, overdue): the schedule
	 * announces each state once. Bookkeeping of the notices, which are the record.
	 */
	@AuditIgnored
	@Enumerated(EnumType.STRING)
	@Column(name = "announced")
	private Announced announced;

	@Version
	private long version;

	/** What the team was told of an obligation. */
	public enum Announced {

		DUE, OVERDUE

	}

	protected Obligation() {
	}

	protected Obligation(Scheduled scheduled, LocalDate dueOn, int windowDays, Instant now) {
		this.agreementId = scheduled.agreementId();
		this.caseId = scheduled.caseId();
		this.teamId = scheduled.teamId();
		this.dueOn = dueOn;
		this.windowEnds = dueOn.plusDays(windowDays);
		this.createdAt = now;
	}

	/** A check or a review of a group. */
	public abstract ObligationKind kind();

	/** Refuses a second recording. */
	protected void requireNotRecorded() {
		if (recorded()) {
			throw new RuleViolation(null,
					check() ? "agreement.check.already-recorded" : "agreement.monitoring.already-recorded");
		}
	}

	/**
	 * Marks it recorded by the user, as found on a day that is not before it fell due.
	 * @param dayField the field of the form that holds the day
	 */
	protected void recordedOn(LocalDate day, String dayField, String user, Instant now) {
		if (day.isBefore(this.dueOn)) {
			throw new RuleViolation(dayField,
					check() ? "agreement.check.before-due" : "agreement.monitoring.before-due");
		}
		this.recordedBy = user;
		this.recordedAt = now;
	}

	private boolean check() {
		return kind() == ObligationKind.COMPLIANCE_CHECK;
	}

	public boolean recorded() {
		return this.recordedBy != null;
	}

	/** Its day has come: it can be recorded. */
	public boolean due(LocalDate today) {
		return !this.dueOn.isAfter(today);
	}

	/** Not recorded and its window has ended. */
	public boolean overdue(LocalDate today) {
		return !recorded() && this.windowEnds.isBefore(today);
	}

	/**
	 * Tells the other modules, once it is saved, that it has fallen due unrecorded, or is
	 * overdue.
	 */
	public void announce(LocalDate today) {
		if (recorded() || !due(today)) {
			return;
		}
		Announced now = overdue(today) ? Announced.OVERDUE : Announced.DUE;
		if (this.announced == null || this.announced.compareTo(now) < 0) {
			registerEvent(new ObligationDue(kind(), this.id, this.agreementId, this.caseId, this.teamId, this.dueOn,
					now == Announced.OVERDUE));
			this.announced = now;
		}
	}

	/** Fails when the version the user recorded is not the one stored. */
	public void requireVersion(long expected) {
		ConcurrentEditException.check(getClass().getSimpleName(), this.id, expected, this.version);
	}

	public Long getId() {
		return this.id;
	}

	public long getAgreementId() {
		return this.agreementId;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public LocalDate getWindowEnds() {
		return this.windowEnds;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	/** The events registered and not yet published. */
	java.util.Collection<Object> events() {
		return domainEvents();
	}

	/** The agreement in force an obligation is scheduled for: its case and team. */
	public record Scheduled(long agreementId, long caseId, long teamId) {
	}

}
