package org.parley.scale;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Writes the cases and what hangs off them, one table per walk of the plans: cases and
 * their groups, step moves, requests to engage, rounds, agreements (versions, parties,
 * commitments, compliance checks), incidents, measures of effectiveness and their
 * measurements, and transfers.
 */
final class CaseTables {

	static final String ORGANISATION = "Nuestra organización";

	private final Layout layout;

	private final Directory directory;

	private final SealedTexts sealed;

	CaseTables(Layout layout, Directory directory, SealedTexts sealed) {
		this.layout = layout;
		this.directory = directory;
		this.sealed = sealed;
	}

	/** The cases themselves, which every other table of a case refers to. */
	void cases(Loader loader) throws SQLException {
		loader.copy("negotiation_case", "id, team_id, title, country, region, locality, objective_type, priority, "
				+ "lead_negotiator, current_step, status, question_set_version, created_by, created_at, updated_at, "
				+ "version, next_step, next_step_due, closure_outcome, closure_requested_by, closure_requested_at, "
				+ "closed_by, closed_at, classification, named_reviewers", (copy) -> walk((p) -> {
					RoundPlan last = (p.rounds > 0 && !p.closed) ? RoundPlan.of(this.layout, p, p.rounds - 1) : null;
					copy.num(p.id)
						.num(p.teamId)
						.text(p.title())
						.text(Layout.country(p.team))
						.text(p.region())
						.text(p.locality())
						.text(p.objectiveType)
						.text(p.priority)
						.text(p.leadUsername())
						.text(CasePlan.STEPS[p.step])
						.text(p.closed ? "CLOSED" : "ACTIVE")
						.num(QUESTION_SET)
						.text(p.leadUsername())
						.moment(p.createdAt)
						.moment(p.updatedAt)
						.num(p.transitions())
						.text((last != null) ? seal(p, "negotiation_case", "next_step", last.nextStep()) : null)
						.date((last != null) ? last.heldOn().plusDays(14) : null)
						.text(p.closed ? "AGREEMENT_IN_FORCE" : null)
						.text(p.closed ? p.leadUsername() : null)
						.moment(p.closed ? p.at(9, 0) : null)
						.text(p.closed ? p.reviewer() : null)
						.moment(p.closed ? p.at(9, 20) : null)
						.text("CONFIDENTIAL")
						.text("{}")
						.row();
				}));
	}

	/** What hangs off the cases. */
	void rest(Loader loader) throws SQLException {
		loader.copy("negotiation_case_group", "case_id, group_id", (copy) -> walk((p) -> {
			for (long group : p.groups) {
				copy.num(p.id).num(group).row();
			}
		}));
		loader.copy("case_transition", "id, case_id, team_id, from_step, to_step, kind, actor, occurred_at",
				(copy) -> walk((p) -> {
					for (int s = 0; s < p.transitions(); s++) {
						boolean close = s == Layout.STEPS - 1;
						copy.num(p.firstTransition + s)
							.num(p.id)
							.num(p.teamId)
							.text(CasePlan.STEPS[s])
							.text(CasePlan.STEPS[close ? s : s + 1])
							.text(close ? "CLOSE" : "FORWARD")
							.text(close ? p.reviewer() : p.leadUsername())
							.moment(p.at(s + 1, 0))
							.row();
					}
				}));
		decisions(loader);
		rounds(loader);
		new AgreementTables(this.layout, this.directory).write(loader);
		others(loader);
	}

	/** The version of the guiding questions (migration V54 publishes version 2). */
	static final int QUESTION_SET = 2;

	private void decisions(Loader loader) throws SQLException {
		String[] risks = { "risk_legitimacy", "risk_instrumentalisation", "risk_legal", "risk_staff_safety",
				"risk_reputation" };
		String redLines = "Ningún pago, en dinero o en especie, a cambio del acceso\n"
				+ "Ninguna concesión sobre la imparcialidad: la asistencia se da solo según la necesidad";
		loader.copy("engagement_decision",
				"id, case_id, team_id, requested_by, requested_at, " + String.join(", ", risks)
						+ ", mandate_level, mandate_scope, mandate_red_lines, status, decided_by, decided_at, version, "
						+ "approved_red_lines",
				(copy) -> walk((p) -> {
					if (!p.decision) {
						return;
					}
					boolean approved = p.step > 3;
					copy.num(p.decisionId).num(p.id).num(p.teamId).text(p.leadUsername()).moment(p.at(4, -30));
					for (int r = 0; r < risks.length; r++) {
						copy.text(seal(p, "engagement_decision", risks[r], Texts.pick(Texts.RISKS, p.id + r)));
					}
					copy.text("Directo, con el jefe de plaza")
						.text("Acceso de la brigada de salud a " + p.locality())
						.text(redLines)
						.text(approved ? "APPROVED" : "PENDING")
						.text(approved ? p.reviewer() : null)
						.moment(approved ? p.at(4, -2) : null)
						.num(approved ? 1 : 0)
						.text(approved ? redLines : null)
						.row();
				}));
	}

	private void rounds(Loader loader) throws SQLException {
		loader.copy("negotiation_round", "id, case_id, team_id, held_on, channel, place, our_participants, "
				+ "their_participants, asked, offered, arguments, outcome, next_step, next_step_due, next_step_done, "
				+ "safety_neutral_venue, safety_guarantees, safety_host_informed, safety_scope_communicated, "
				+ "created_by, created_at, updated_at, version, classification", (copy) -> walk((p) -> {
					for (int n = 0; n < p.rounds; n++) {
						RoundPlan r = RoundPlan.of(this.layout, p, n);
						int edits = p.benchmark ? AuditTrail.BENCHMARK_EDITS : 0;
						copy.num(r.id())
							.num(p.id)
							.num(p.teamId)
							.date(r.heldOn())
							.text(r.channel())
							.text(seal(p, "negotiation_round", "place", r.place()))
							.text(seal(p, "negotiation_round", "our_participants", r.ourParticipants()))
							.text(seal(p, "negotiation_round", "their_participants", r.theirParticipants()))
							.text(seal(p, "negotiation_round", "asked", r.asked()))
							.text(seal(p, "negotiation_round", "offered", r.offered()))
							.text(seal(p, "negotiation_round", "arguments", r.arguments()))
							.text(seal(p, "negotiation_round", "outcome", r.outcome()))
							.text(seal(p, "negotiation_round", "next_step", r.nextStep()))
							.date((r.nextStep() != null) ? r.heldOn().plusDays(14) : null)
							.bool(r.nextStep() != null && !r.last())
							.bool(r.safe())
							.bool(true)
							.bool(r.safe())
							.bool(true)
							.text(p.leadUsername())
							.moment(r.createdAt())
							.moment(r.createdAt().plusSeconds(edits * 60L))
							.num(edits)
							.text("CONFIDENTIAL")
							.row();
					}
				}));
	}

	private void others(Loader loader) throws SQLException {
		loader.copy("security_incident", "id, team_id, case_id, type, affected, occurred_on, place_country, "
				+ "place_region, place_locality, place_description, perpetrator_group_id, staff_threatened, certainty, "
				+ "narrative, sources, shared_fields, reported_by, reported_at, updated_at, version, classification, "
				+ "named_reviewers", (copy) -> walk((p) -> {
					if (!p.incident) {
						return;
					}
					Instant at = p.at(Math.max(1, p.step), 5);
					copy.num(p.incidentId)
						.num(p.teamId)
						.num(p.id)
						.text(INCIDENT_TYPES[(int) (p.id % INCIDENT_TYPES.length)])
						.text("STAFF")
						.date(day(at))
						.text(Layout.country(p.team))
						.text(p.region())
						.text(seal(p, "security_incident", "place_locality", p.locality()))
						.text(seal(p, "security_incident", "place_description",
								"Camino de terracería a la salida de " + p.locality()))
						.num(p.groups[0])
						.num(1 + p.id % 4)
						.text("PROBABLE")
						.text(seal(p, "security_incident", "narrative", Texts.pick(Texts.NARRATIVES, p.id)))
						.text(seal(p, "security_incident", "sources", Texts.pick(Texts.SOURCES, p.id)))
						.text("")
						.text(p.leadUsername())
						.moment(at.plusSeconds(3600))
						.moment(at.plusSeconds(3600))
						.num(0)
						.text("CONFIDENTIAL")
						.text("{}")
						.row();
				}));
		loader.copy("case_moe",
				"id, case_id, team_id, indicator, unit, baseline, target, created_at, updated_at, version",
				(copy) -> walk((p) -> {
					if (p.moe) {
						copy.num(p.moeId)
							.num(p.id)
							.num(p.teamId)
							.text("Consultas atendidas por mes")
							.text("consultas")
							.num(0)
							.num(500)
							.moment(p.at(3, 2))
							.moment(p.at(3, 2))
							.num(0)
							.row();
					}
				}));
		loader.copy("moe_measurement",
				"id, moe_id, case_id, team_id, measured_on, value, source, note, created_by, created_at, version",
				(copy) -> walk((p) -> {
					for (int m = 0; m < p.measurements; m++) {
						Instant at = p.at(8, 24 * 30 * m);
						copy.num(p.firstMeasurement + m)
							.num(p.moeId)
							.num(p.id)
							.num(p.teamId)
							.date(day(at))
							.num(120 + 90L * m + p.id % 50)
							.text("Registro de la clínica")
							.text("Medición mensual")
							.text(p.leadUsername())
							.moment(at.plusSeconds(3600))
							.num(0)
							.row();
					}
				}));
		loader
			.copy("case_transfer", "id, case_id, team_id, given_on, kind, amount, currency, recipient_kind, group_id, "
					+ "designated, justification, status, reviewed_by, reviewed_at, recorded_by, recorded_at, version",
					(copy) -> walk((p) -> {
						if (!p.transfer) {
							return;
						}
						boolean reviewed = p.step > CasePlan.ROUNDS_STEP;
						Instant at = p.at(CasePlan.ROUNDS_STEP + 1, -20);
						copy.num(p.transferId)
							.num(p.id)
							.num(p.teamId)
							.date(day(at))
							.text((p.id % 2 == 0) ? "FUEL" : "TRANSPORT")
							.text("1500.00")
							.text(Layout.mexico(p.team) ? "MXN" : "USD")
							.text("GROUP")
							.num(p.groups[0])
							.bool(false)
							.text(seal(p, "case_transfer", "justification",
									"Combustible para la ambulancia comunitaria que cruza su zona"))
							.text(reviewed ? "APPROVED" : "PENDING")
							.text(reviewed ? p.reviewer() : null)
							.moment(reviewed ? at.plusSeconds(86_400) : null)
							.text(p.leadUsername())
							.moment(at)
							.num(reviewed ? 1 : 0)
							.row();
					}));
	}

	static final String[] INCIDENT_TYPES = { "THREAT_OR_INTIMIDATION", "OBSTRUCTION_OF_ACCESS", "ATTACK_ON_TRANSPORT",
			"LOOTING" };

	/** Midday UTC of a day. */
	static Instant at(LocalDate day) {
		return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
	}

	static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	/** The commitment's key: fixed by its agreement version and place. */
	static String commitmentKey(long versionId, int position) {
		return new UUID(0x5CA1E00000000000L | versionId, position + 1L).toString();
	}

	private String seal(CasePlan p, String table, String column, String text) {
		return this.sealed.seal(p.team, table, column, text);
	}

	private void walk(Plans.Visitor visitor) throws SQLException {
		Plans.walk(this.layout, visitor);
	}

	static List<String> groupNames(Directory directory, Layout layout, CasePlan p) {
		return java.util.Arrays.stream(p.groups)
			.mapToObj((id) -> directory.groupName((int) (id - layout.groupBase - 1)))
			.toList();
	}

}
