package org.parley.armedgroup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.shared.CurrentUser;
import org.parley.shared.Text;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access request (decision 0023): everything the registry holds on one
 * interlocutor, protected values opened, for an HQ reviewer of the interlocutor's team to
 * answer the person. The need-to-know of decision 0006 applies first (anyone else: not
 * found); the export is in the audit log (with the reason given) and in the read log.
 * Corrections go through the interlocutor's ordinary edit, itself audited.
 */
@Service
public class SubjectAccess {

	private final InterlocutorRepository interlocutors;

	private final InterlocutorRegistry registry;

	private final AuditLog auditLog;

	private final ReadLog readLog;

	SubjectAccess(InterlocutorRepository interlocutors, InterlocutorRegistry registry, AuditLog auditLog,
			ReadLog readLog) {
		this.interlocutors = interlocutors;
		this.registry = registry;
		this.auditLog = auditLog;
		this.readLog = readLog;
	}

	/**
	 * The interlocutor's data, as a document to hand over.
	 * @throws InterlocutorNotFoundException for anyone without need-to-know of the team's
	 * interlocutors
	 * @throws AccessDeniedException for a field officer of the team
	 */
	@Transactional
	public Map<String, Object> export(long id, String reason, CurrentUser user) {
		InterlocutorView view = this.registry.details(id, user);
		if (!user.hasRole("HQ_REVIEWER")) {
			throw new AccessDeniedException("Subject access requests are answered by HQ reviewers");
		}
		Interlocutor interlocutor = this.interlocutors.findById(id).orElseThrow();
		InterlocutorRegistry.Revealed revealed = this.registry.revealedFor(interlocutor);
		this.auditLog.record(user.username(), AuditAction.EXPORT, "Interlocutor", Long.toString(id), view.teamId(),
				Map.of(), (Text.blankToNull(reason) != null) ? reason.strip() : "subject access request");
		this.readLog.record(ReadAction.EXPORTED, "Interlocutor", Long.toString(id), null, view.teamId());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("kind", "Parley subject access export");
		data.put("interlocutorId", view.id());
		data.put("team", view.teamName());
		data.put("codeName", view.codeName());
		data.put("realName", revealed.realName());
		data.put("contactDetails", revealed.contactDetails());
		data.put("role", view.role());
		data.put("affiliation", (view.affiliation() != null) ? view.affiliation().name() : null);
		data.put("armedGroup", view.armedGroupName());
		data.put("intermediaryType", view.intermediaryType());
		data.put("contactChannel", (view.contactChannel() != null) ? view.contactChannel().name() : null);
		data.put("influenceNotes", view.influenceNotes());
		data.put("reliabilityNotes", view.reliabilityNotes());
		data.put("riskNotes", view.riskNotes());
		data.put("recordedBy", view.createdBy());
		data.put("recordedAt", view.createdAt());
		data.put("updatedAt", view.updatedAt());
		return data;
	}

}
