package org.parley.scale;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Writes the agreements of the cases that reached step 7 with one: drafts and versions
 * waiting for HQ at step 7, agreements in force (expired once the case closed) after it,
 * each with two parties, three monthly commitments and their compliance checks (recorded
 * once their window has passed).
 */
final class AgreementTables {

	static final String[] CATEGORIES = { "SAFE_PASSAGE", "NO_FEES_ON_AID", "RESPECT_FOR_HEALTH_CARE" };

	private final Layout layout;

	private final Directory directory;

	AgreementTables(Layout layout, Directory directory) {
		this.layout = layout;
		this.directory = directory;
	}

	static String status(CasePlan p) {
		if (p.closed) {
			return "EXPIRED";
		}
		return p.inForce() ? "IN_FORCE" : (p.id % 2 == 0) ? "DRAFT" : "SUBMITTED";
	}

	static String versionStatus(CasePlan p) {
		String status = status(p);
		return (status.equals("DRAFT") || status.equals("SUBMITTED")) ? status : "APPROVED";
	}

	static LocalDate validFrom(CasePlan p) {
		return p.approvalDay;
	}

	String groupName(CasePlan p) {
		return this.directory.groupName((int) (p.groups[0] - this.layout.groupBase - 1));
	}

	static String what(CasePlan p, int c) {
		return Texts.pick(Texts.COMMITMENTS, p.id + c);
	}

	/** A check of a commitment, recorded when its day has come. */
	record Check(long id, int commitment, String key, String owedBy, String what, LocalDate due, boolean recorded,
			String result) {
	}

	void checks(CasePlan p, Consumer<Check> each) {
		long id = p.firstCheck;
		for (int c = 0; c < CasePlan.COMMITMENTS; c++) {
			for (LocalDate due : p.checkDates.get(c)) {
				boolean recorded = !due.isAfter(this.layout.today);
				String result = recorded ? ((id % 7 == 0) ? "VIOLATED" : (id % 5 == 0) ? "PARTLY_COMPLIED" : "COMPLIED")
						: null;
				each.accept(new Check(id++, c, CaseTables.commitmentKey(p.versionId, c), groupName(p), what(p, c), due,
						recorded, result));
			}
		}
	}

	/** When a check or review was recorded: two days after it fell due, at most today. */
	LocalDate recordedOn(LocalDate due) {
		LocalDate day = due.plusDays(2);
		return day.isAfter(this.layout.today) ? this.layout.today : day;
	}

	/** When the schedule made an obligation: a week before it fell due. */
	static java.time.Instant scheduledAt(LocalDate due) {
		return CaseTables.at(due.minusDays(Obligations.DAYS_AHEAD)).minusSeconds(6 * 3600);
	}

	void write(Loader loader) throws SQLException {
		loader.copy("agreement",
				"id, case_id, team_id, status, in_force_version, created_by, created_at, updated_at, version",
				(copy) -> walk((p) -> {
					String status = status(p);
					boolean open = status.equals("DRAFT") || status.equals("SUBMITTED");
					copy.num(p.agreementId)
						.num(p.id)
						.num(p.teamId)
						.text(status)
						.num(open ? null : 1L)
						.text(p.leadUsername())
						.moment(p.approvedAt().minusSeconds(2 * 86_400))
						.moment(open ? p.approvedAt().minusSeconds(86_400) : p.approvedAt())
						.num(open ? 0 : 2)
						.row();
				}));
		loader.copy("agreement_version", "id, agreement_id, team_id, version_no, status, title, form, scope_area, "
				+ "valid_from, valid_to, summary, stage, signing_status, dispute_settlement, drafted_by, submitted_by, "
				+ "submitted_at, " + "reviewed_by, reviewed_at, created_at, updated_at, version",
				(copy) -> walk((p) -> {
					String status = versionStatus(p);
					boolean submitted = !status.equals("DRAFT");
					boolean reviewed = status.equals("APPROVED");
					copy.num(p.versionId)
						.num(p.agreementId)
						.num(p.teamId)
						.num(1)
						.text(status)
						.text("Acuerdo de acceso en " + p.locality())
						.text((p.id % 3 == 0) ? "WRITTEN" : "VERBAL")
						.text(p.locality() + ", " + p.region())
						.date(validFrom(p))
						.date(p.closed ? Obligations.validTo(p) : null)
						.text("Paso de brigadas de salud y respeto a la clínica de " + p.locality())
						.text("IMPLEMENTATION")
						.text("VERBAL_OR_UNCLEAR")
						.text("NEUTRAL_MEDIATOR")
						.text(p.leadUsername())
						.text(submitted ? p.leadUsername() : null)
						.moment(submitted ? p.approvedAt().minusSeconds(86_400) : null)
						.text(reviewed ? p.reviewer() : null)
						.moment(reviewed ? p.approvedAt() : null)
						.moment(p.approvedAt().minusSeconds(2 * 86_400))
						.moment(reviewed ? p.approvedAt() : p.approvedAt().minusSeconds(86_400))
						.num(reviewed ? 2 : submitted ? 1 : 0)
						.row();
				}));
		loader.copy("agreement_party", "agreement_version_id, position, kind, group_id, name", (copy) -> walk((p) -> {
			copy.num(p.versionId).num(0).text("ORGANISATION").num(null).text(CaseTables.ORGANISATION).row();
			copy.num(p.versionId).num(1).text("ARMED_GROUP").num(p.groups[0]).text(groupName(p)).row();
		}));
		loader.copy("agreement_commitment", "agreement_version_id, position, commitment_key, owed_by, what, category, "
				+ "recurrence, recurrence_day, verification", (copy) -> walk((p) -> {
					for (int c = 0; c < CasePlan.COMMITMENTS; c++) {
						copy.num(p.versionId)
							.num(c)
							.text(CaseTables.commitmentKey(p.versionId, c))
							.text(groupName(p))
							.text(what(p, c))
							.text(CATEGORIES[c])
							.text("MONTHLY")
							.num(Obligations.recurrenceDay(c))
							.text("El equipo de la clínica informa cada mes")
							.row();
					}
				}));
		loader.copy("compliance_check", "id, agreement_id, case_id, team_id, commitment_key, owed_by, what, due_on, "
				+ "window_ends, result, source, checked_on, recorded_by, recorded_at, created_at, version, announced",
				(copy) -> walk((p) -> checks(p, (check) -> {
					try {
						copy.num(check.id())
							.num(p.agreementId)
							.num(p.id)
							.num(p.teamId)
							.text(check.key())
							.text(check.owedBy())
							.text(check.what())
							.date(check.due())
							.date(check.due().plusDays(7))
							.text(check.result())
							.text(check.recorded() ? "Equipo de la clínica" : null)
							.date(check.recorded() ? recordedOn(check.due()) : null)
							.text(check.recorded() ? p.leadUsername() : null)
							.moment(check.recorded() ? CaseTables.at(recordedOn(check.due())) : null)
							.moment(scheduledAt(check.due()))
							.num(check.recorded() ? 1 : 0)
							.text(announced(check.recorded(), check.due()))
							.row();
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				})));
		loader.copy("group_review", "id, agreement_id, case_id, team_id, group_id, due_on, window_ends, stance, "
				+ "control, leadership, assessment, reassess, reviewed_on, recorded_by, recorded_at, created_at, version, "
				+ "announced", (copy) -> walk((p) -> {
					for (int n = 0; n < p.reviewDates.size(); n++) {
						LocalDate due = p.reviewDates.get(n);
						boolean recorded = !due.isAfter(this.layout.today);
						copy.num(p.firstReview + n)
							.num(p.agreementId)
							.num(p.id)
							.num(p.teamId)
							.num(p.groups[0])
							.date(due)
							.date(due.plusDays(Obligations.DAYS_AHEAD))
							.text(recorded ? "AMBIVALENT" : null)
							.text(recorded ? "CONTESTED" : null)
							.text(recorded ? "Sin cambios en el mando de la plaza" : null)
							.text(recorded ? "El grupo respeta el acuerdo con retrasos en los retenes" : null)
							.text(recorded ? "f" : null)
							.date(recorded ? recordedOn(due) : null)
							.text(recorded ? p.leadUsername() : null)
							.moment(recorded ? CaseTables.at(recordedOn(due)) : null)
							.moment(scheduledAt(due))
							.num(recorded ? 1 : 0)
							.text(announced(recorded, due))
							.row();
					}
				}));
	}

	private void walk(Plans.Visitor visitor) throws SQLException {
		Plans.walk(this.layout, (p) -> {
			if (p.agreement) {
				visitor.visit(p);
			}
		});
	}

	/**
	 * What the hourly schedule would have told the team by now of an obligation (as if it
	 * had run all along): due, overdue, or nothing yet.
	 */
	private String announced(boolean recorded, LocalDate due) {
		if (recorded || due.isAfter(this.layout.today)) {
			return null;
		}
		return due.plusDays(Obligations.DAYS_AHEAD).isBefore(this.layout.today) ? "OVERDUE" : "DUE";
	}

}
