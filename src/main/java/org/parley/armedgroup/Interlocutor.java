package org.parley.armedgroup;

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
import org.hibernate.annotations.OptimisticLock;
import org.parley.shared.Text;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditRedacted;
import org.parley.shared.TeamScoped;

/**
 * A person a team talks to: a member of a group or an intermediary. Known by a code name;
 * the real name and contact details are the most dangerous data Parley holds: they never
 * reach the audit log, and pages show them only through an audited "reveal".
 */
@Entity
@Table(name = "interlocutor")
class Interlocutor implements TeamScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "code_name", nullable = false)
	private String codeName;

	@AuditRedacted
	@Column(name = "real_name")
	private String realName;

	private String role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Affiliation affiliation;

	@Column(name = "armed_group_id")
	private Long armedGroupId;

	@Column(name = "intermediary_type")
	private String intermediaryType;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_channel")
	private ContactChannel contactChannel;

	@AuditRedacted
	@Column(name = "contact_details")
	private String contactDetails;

	@Column(name = "influence_notes")
	private String influenceNotes;

	@Column(name = "reliability_notes")
	private String reliabilityNotes;

	@Column(name = "risk_notes")
	private String riskNotes;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Interlocutor() {
	}

	Interlocutor(long teamId, InterlocutorForm form, String createdBy, Instant now) {
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.createdAt = now;
		describe(form, now);
	}

	/**
	 * Applies the form. A blank real name or contact detail keeps the stored one (the
	 * form never shows it); the "clear" boxes remove it.
	 */
	void describe(InterlocutorForm form, Instant now) {
		this.codeName = form.codeName().strip();
		if (Boolean.TRUE.equals(form.clearRealName())) {
			this.realName = null;
		}
		else if (form.realName() != null && !form.realName().isBlank()) {
			this.realName = form.realName().strip();
		}
		if (Boolean.TRUE.equals(form.clearContactDetails())) {
			this.contactDetails = null;
		}
		else if (form.contactDetails() != null && !form.contactDetails().isBlank()) {
			this.contactDetails = form.contactDetails().strip();
		}
		this.role = Text.blankToNull(form.role());
		this.affiliation = form.affiliation();
		this.armedGroupId = form.armedGroupId();
		this.intermediaryType = (form.affiliation() == Affiliation.INTERMEDIARY) ? form.intermediaryType() : null;
		this.contactChannel = form.contactChannel();
		this.influenceNotes = Text.blankToNull(form.influenceNotes());
		this.reliabilityNotes = Text.blankToNull(form.reliabilityNotes());
		this.riskNotes = Text.blankToNull(form.riskNotes());
		this.updatedAt = now;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	Long getId() {
		return this.id;
	}

	String getCodeName() {
		return this.codeName;
	}

	String getRealName() {
		return this.realName;
	}

	String getContactDetails() {
		return this.contactDetails;
	}

	String getIntermediaryType() {
		return this.intermediaryType;
	}

	long getVersion() {
		return this.version;
	}

	/** What pages and the API show: everything but the protected values. */
	InterlocutorView view(String groupName, String teamName) {
		return new InterlocutorView(this.id, this.teamId, teamName, this.codeName, this.realName != null, this.role,
				this.affiliation, this.armedGroupId, groupName, this.intermediaryType, this.contactChannel,
				this.contactDetails != null, this.influenceNotes, this.reliabilityNotes, this.riskNotes, this.createdBy,
				this.createdAt, this.updatedAt, this.version);
	}

}
