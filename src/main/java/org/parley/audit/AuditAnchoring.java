package org.parley.audit;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the chain's head out of the database (decision 0019): verifies the whole chain
 * (against the anchors already written too), and only if it is intact signs an anchor of
 * it with the organisation's key into the anchor directory, notes it in
 * {@code audit_anchor}, records the anchoring in the log, and e-mails the anchor once
 * committed. The anchor covers the entries up to the head the verification read; the
 * entry recording the anchoring comes after them, and the next anchor covers it.
 */
@Service
public class AuditAnchoring {

	/** "ANCHOR" in ASCII: the advisory lock that lets one anchoring run at a time. */
	static final long ANCHOR_LOCK = 0x414E43484F52L;

	private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

	private final AuditVerifications verifications;

	private final AuditAnchors anchors;

	private final AuditLog auditLog;

	private final AnchorMail mail;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditAnchoring(AuditVerifications verifications, AuditAnchors anchors, AuditLog auditLog, AnchorMail mail,
			DataSource dataSource, Clock clock) {
		this.verifications = verifications;
		this.anchors = anchors;
		this.auditLog = auditLog;
		this.mail = mail;
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
	}

	/** Anchors the chain now, as the current user (or the system, for the daily run). */
	@Transactional
	public Outcome anchor() {
		Boolean locked = this.jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, ANCHOR_LOCK);
		if (!Boolean.TRUE.equals(locked)) {
			return new Outcome(Status.BUSY, null, null);
		}
		if (this.anchors.publicKey().isEmpty()) {
			log.warn("The audit chain is not anchored: no organisation signing key (parley.signing.private-key)");
			return new Outcome(Status.NO_KEY, null, null);
		}
		AuditChainReport report = this.verifications.run();
		if (!report.intact()) {
			log.error("The audit chain is not anchored: its verification found {} problems, first {}",
					report.problems().size(), report.problems().get(0));
			return new Outcome(Status.BROKEN, null, report);
		}
		if (report.headSeq() == 0) {
			return new Outcome(Status.EMPTY, null, report);
		}
		AnchorFile file;
		try {
			file = this.anchors.write(report.headSeq(), report.headHash(), this.clock.instant(), report.macs().from());
		}
		catch (IOException | RuntimeException ex) {
			log.error("The audit chain could not be anchored in {}: {}", this.anchors.directory(), ex.toString());
			return new Outcome(Status.NOT_WRITTEN, null, report);
		}
		String actor = Actors.current();
		int recipients = this.mail.recipients();
		this.jdbc.update("""
				INSERT INTO audit_anchor (anchored_at, anchored_by, chain_id, head_seq, head_hash, mac_from,
				                          file_name, mailed_to)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(file.anchor().anchoredAt()),
				(actor.length() <= 100) ? actor : actor.substring(0, 100), file.anchor().chain(),
				file.anchor().entries(), file.anchor().headHash(), file.anchor().macFrom(), file.name(), recipients);
		Map<String, FieldChange> changes = new TreeMap<>();
		changes.put("entries", new FieldChange(null, Long.toString(file.anchor().entries())));
		changes.put("headHash", new FieldChange(null, file.anchor().headHash()));
		changes.put("file", new FieldChange(null, file.name()));
		this.auditLog.record(actor, AuditAction.ANCHOR, AuditChainVocabulary.TYPE, file.anchor().chain(), null, changes,
				null);
		log.info("Audit chain anchored: {} entries, head {}, in {}", file.anchor().entries(), file.anchor().headHash(),
				this.anchors.directory().resolve(file.name()));
		if (recipients > 0) {
			AnchorFile sent = file;
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AuditAnchoring.this.mail.send(AuditAnchoring.this.anchors.directory(), sent);
				}
			});
		}
		return new Outcome(Status.WRITTEN, file, report);
	}

	/**
	 * What an anchoring did.
	 *
	 * @param status written, or why not
	 * @param file the anchor written, or null
	 * @param report the verification that came first, or null when none ran
	 */
	public record Outcome(Status status, AnchorFile file, AuditChainReport report) {

	}

	/** Whether an anchor was written, and why not. */
	public enum Status {

		WRITTEN,
		/** Another anchoring runs now. */
		BUSY,
		/** No organisation signing key is configured. */
		NO_KEY,
		/** The chain did not verify: anchoring it would vouch for a tampered chain. */
		BROKEN,
		/** The log holds no entry yet. */
		EMPTY,
		/** The anchor directory could not be written. */
		NOT_WRITTEN

	}

}
