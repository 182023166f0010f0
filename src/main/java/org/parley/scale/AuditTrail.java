package org.parley.scale;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.parley.audit.AuditAction;
import org.parley.audit.BulkAuditChain;
import org.parley.audit.FieldChange;

/**
 * The audit entries the data implies, sealed into the chain by the audit module's
 * {@link BulkAuditChain} (hash, link, case chain and MAC as the application's writer
 * makes them): one entry for each record created, one for each move of a case, request to
 * engage or agreement decided, and for the benchmark cases four edits of every round. A
 * case's entries are consecutive in the chain and in the order they happened (decision
 * 0031); sealed fields are recorded as redacted, as the listener records them.
 */
final class AuditTrail {

	/** Edits of each round of a benchmark case: 400 rounds give about 2,000 entries. */
	static final int BENCHMARK_EDITS = 4;

	static final String SYSTEM = "system";

	private static final String[] ROUND_SEALED = { "arguments", "asked", "offered", "ourParticipants", "outcome",
			"place", "theirParticipants" };

	private final Layout layout;

	private final Directory directory;

	private final AgreementTables agreements;

	AuditTrail(Layout layout, Directory directory) {
		this.layout = layout;
		this.directory = directory;
		this.agreements = new AgreementTables(layout, directory);
	}

	/** Writes every entry, continuing the chain from its head. */
	long write(Loader loader, BulkAuditChain chain) throws SQLException {
		chain.lock(loader.connection());
		BulkAuditChain.Appender appender = chain.continueFrom(loader.connection());
		long first = appender.head();
		loader.copy("audit_entry", "seq, occurred_at, actor, action, entity_type, entity_id, team_id, changes, "
				+ "prev_hash, hash, case_id, case_seq, case_prev_hash, mac", (copy) -> {
					Sink sink = new Sink(copy, appender);
					directoryEntries(sink);
					Plans.walk(this.layout, (p) -> {
						caseEntries(p, sink);
						appender.caseDone(p.id);
					});
					for (int team = 0; team < Layout.TEAMS; team++) {
						for (int n = 0; n < this.layout.constraintsPerTeam; n++) {
							Directory.Constraint c = this.directory.constraint(team, n);
							sink.add(new Draft(c.recordedAt(), c.recordedBy(), AuditAction.CREATE, "AccessConstraint",
									c.id(), this.layout.teamId(team), null,
									changes("caseIds", "[" + c.caseId() + "]", "category", c.category(), "country",
											Layout.country(team), "description", null, "groupIds",
											"[" + c.groupId() + "]", "incidentIds", "[]", "recordedBy", c.recordedBy(),
											"region", c.region(), "startedOn", c.startedOn().toString(), "subtype",
											c.subtype())));
						}
					}
				});
		return appender.head() - first;
	}

	private void directoryEntries(Sink sink) throws SQLException {
		Instant installed = this.directory.installedAt();
		for (int team = 0; team < Layout.TEAMS; team++) {
			sink.add(new Draft(installed, SYSTEM, AuditAction.CREATE, "Team", this.layout.teamId(team), null, null,
					changes("createdAt", installed.toString(), "description", this.directory.teamDescription(team),
							"name", this.directory.teamName(team), "timeZone", Layout.timeZone(team))));
		}
		new DirectoryTables(this.layout, this.directory, null, null, null).forEachUser((team, position, id) -> {
			String role = (team < 0) ? "ADMIN" : Directory.ROLES[position];
			sink.add(new Draft(installed, SYSTEM, AuditAction.CREATE, "UserAccount", id, null, null,
					changes("createdAt", installed.toString(), "displayName",
							this.directory.displayName(team, position), "enabled", "true", "mustChangePassword",
							"false", "passwordHash", null, "revealsInterlocutorNames", "false", "roles",
							"[" + role + "]", "teams", (team < 0) ? "[]" : "[" + this.layout.teamId(team) + "]",
							"username", this.directory.username(team, position))));
			if (Directory.secondFactor(team, position)) {
				sink.add(new Draft(installed, SYSTEM, AuditAction.CREATE, "SecondFactor", id, null, null,
						changes("enrolledAt", installed.toString(), "secret", null)));
			}
		});
		for (int g = 0; g < this.layout.groups(); g++) {
			int team = g / Layout.GROUPS_PER_TEAM;
			sink.add(new Draft(this.directory.groupCreatedAt(g), Layout.fieldOfficer(team, 1), AuditAction.CREATE,
					"ArmedGroup", this.layout.groupBase + 1 + g, null, null,
					changes("aliases", this.directory.aliases(g).toString(), "categories",
							"[" + this.directory.category(g) + "]", "createdAt",
							this.directory.groupCreatedAt(g).toString(), "description", this.directory.description(g),
							"name", this.directory.groupName(g), "relations",
							"[" + this.directory.relationKind(g) + " ArmedGroup#"
									+ (this.layout.groupBase + 1 + this.directory.relatedTo(g)) + "]",
							"stance", this.directory.stance(g))));
		}
	}

	private void caseEntries(CasePlan p, Sink sink) throws SQLException {
		List<Draft> drafts = new ArrayList<>();
		String lead = p.leadUsername();
		Long team = p.teamId;
		Long caseId = p.id;
		drafts.add(new Draft(p.createdAt, lead, AuditAction.CREATE, "NegotiationCase", p.id, team, caseId,
				changes("classification", "CONFIDENTIAL", "country", Layout.country(p.team), "createdAt",
						p.createdAt.toString(), "createdBy", lead, "currentStep", CasePlan.STEPS[0], "groupIds",
						groupIds(p), "leadNegotiator", lead, "locality", p.locality(), "namedReviewers", "[]",
						"objectiveType", p.objectiveType, "priority", p.priority, "questionSetVersion",
						Integer.toString(CaseTables.QUESTION_SET), "region", p.region(), "status", "ACTIVE", "teamId",
						team.toString(), "title", p.title())));
		for (int s = 0; s < p.transitions(); s++) {
			boolean close = s == Layout.STEPS - 1;
			drafts.add(new Draft(p.at(s + 1, 0), close ? p.reviewer() : lead, AuditAction.STATE_CHANGE,
					"NegotiationCase", p.id, team, caseId,
					close ? changesFrom("closedBy", null, p.reviewer(), "status", "ACTIVE", "CLOSED")
							: changesFrom("currentStep", CasePlan.STEPS[s], CasePlan.STEPS[s + 1])));
		}
		if (p.decision) {
			drafts
				.add(new Draft(p.at(4, -30), lead, AuditAction.CREATE, "EngagementDecision", p.decisionId, team, caseId,
						changes("caseId", caseId.toString(), "mandateLevel", "Directo, con el jefe de plaza",
								"requestedBy", lead, "riskLegal", null, "riskLegitimacy", null, "riskReputation", null,
								"status", "PENDING", "teamId", team.toString())));
			if (p.step > 3) {
				drafts.add(new Draft(p.at(4, -2), p.reviewer(), AuditAction.STATE_CHANGE, "EngagementDecision",
						p.decisionId, team, caseId,
						changesFrom("decidedBy", null, p.reviewer(), "status", "PENDING", "APPROVED")));
			}
		}
		for (int n = 0; n < p.rounds; n++) {
			RoundPlan r = RoundPlan.of(this.layout, p, n);
			SortedMap<String, FieldChange> created = changes("caseId", caseId.toString(), "channel", r.channel(),
					"classification", "CONFIDENTIAL", "createdBy", lead, "heldOn", r.heldOn().toString(), "teamId",
					team.toString());
			for (String sealed : ROUND_SEALED) {
				created.put(sealed, redacted());
			}
			drafts.add(new Draft(r.createdAt(), lead, AuditAction.CREATE, "NegotiationRound", r.id(), team, caseId,
					created));
			for (int e = 0; p.benchmark && e < BENCHMARK_EDITS; e++) {
				TreeMap<String, FieldChange> edit = new TreeMap<>();
				edit.put(ROUND_SEALED[e], redacted());
				drafts.add(new Draft(r.createdAt().plusSeconds(60L * (e + 1)), lead, AuditAction.UPDATE,
						"NegotiationRound", r.id(), team, caseId, edit));
			}
		}
		if (p.agreement) {
			agreementEntries(p, drafts);
		}
		if (p.incident) {
			drafts.add(new Draft(p.at(Math.max(1, p.step), 6), lead, AuditAction.CREATE, "Incident", p.incidentId, team,
					caseId,
					changes("caseId", caseId.toString(), "certainty", "PROBABLE", "country", Layout.country(p.team),
							"narrative", null, "region", p.region(), "teamId", team.toString())));
		}
		if (p.moe) {
			drafts.add(new Draft(p.at(3, 2), lead, AuditAction.CREATE, "MeasureOfEffectiveness", p.moeId, team, caseId,
					changes("baseline", "0", "caseId", caseId.toString(), "indicator", "Consultas atendidas por mes",
							"target", "5E+2", "teamId", team.toString(), "unit", "consultas")));
		}
		for (int m = 0; m < p.measurements; m++) {
			Instant at = p.at(8, 24 * 30 * m).plusSeconds(3600);
			drafts.add(new Draft(at, lead, AuditAction.CREATE, "MoeMeasurement", p.firstMeasurement + m, team, caseId,
					changes("caseId", caseId.toString(), "measuredOn", CaseTables.day(at).toString(), "moeId",
							Long.toString(p.moeId), "teamId", team.toString())));
		}
		if (p.transfer) {
			Instant at = p.at(CasePlan.ROUNDS_STEP + 1, -20);
			drafts.add(new Draft(at, lead, AuditAction.CREATE, "CaseTransfer", p.transferId, team, caseId,
					changes("caseId", caseId.toString(), "justification", null, "kind",
							(p.id % 2 == 0) ? "FUEL" : "TRANSPORT", "recipientKind", "GROUP", "status", "PENDING",
							"teamId", team.toString())));
			if (p.step > CasePlan.ROUNDS_STEP) {
				drafts.add(new Draft(at.plusSeconds(86_400), p.reviewer(), AuditAction.STATE_CHANGE, "CaseTransfer",
						p.transferId, team, caseId,
						changesFrom("reviewedBy", null, p.reviewer(), "status", "PENDING", "APPROVED")));
			}
		}
		drafts.sort(Comparator.comparing(Draft::at));
		for (Draft draft : drafts) {
			sink.add(draft);
		}
	}

	private void agreementEntries(CasePlan p, List<Draft> drafts) {
		String lead = p.leadUsername();
		Long team = p.teamId;
		Long caseId = p.id;
		Instant drafted = p.approvedAt().minusSeconds(2 * 86_400);
		drafts.add(new Draft(drafted, lead, AuditAction.CREATE, "Agreement", p.agreementId, team, caseId,
				changes("caseId", caseId.toString(), "createdBy", lead, "status", "DRAFT", "teamId", team.toString())));
		drafts.add(new Draft(drafted, lead, AuditAction.CREATE, "AgreementVersion", p.versionId, team, caseId,
				changes("agreementId", Long.toString(p.agreementId), "draftedBy", lead, "form",
						(p.id % 3 == 0) ? "WRITTEN" : "VERBAL", "status", "DRAFT", "title",
						"Acuerdo de acceso en " + p.locality(), "validFrom", AgreementTables.validFrom(p).toString())));
		String status = AgreementTables.versionStatus(p);
		if (!status.equals("DRAFT")) {
			drafts.add(new Draft(p.approvedAt().minusSeconds(86_400), lead, AuditAction.UPDATE, "AgreementVersion",
					p.versionId, team, caseId, changesFrom("status", "DRAFT", "SUBMITTED", "submittedBy", null, lead)));
		}
		if (status.equals("APPROVED")) {
			drafts.add(new Draft(p.approvedAt(), p.reviewer(), AuditAction.UPDATE, "AgreementVersion", p.versionId,
					team, caseId, changesFrom("reviewedBy", null, p.reviewer(), "status", "SUBMITTED", "APPROVED")));
			drafts.add(new Draft(p.approvedAt(), p.reviewer(), AuditAction.STATE_CHANGE, "Agreement", p.agreementId,
					team, caseId, changesFrom("status", "SUBMITTED", "IN_FORCE")));
		}
		if (p.closed) {
			drafts.add(new Draft(p.at(9, 0), SYSTEM, AuditAction.STATE_CHANGE, "Agreement", p.agreementId, team, caseId,
					changesFrom("status", "IN_FORCE", "EXPIRED")));
		}
		this.agreements.checks(p, (check) -> drafts.add(new Draft(AgreementTables.scheduledAt(check.due()), SYSTEM,
				AuditAction.CREATE, "ComplianceCheck", check.id(), team, caseId,
				changes("agreementId", Long.toString(p.agreementId), "caseId", caseId.toString(), "commitmentKey",
						check.key(), "dueOn", check.due().toString(), "owedBy", check.owedBy(), "teamId",
						team.toString(), "what", check.what(), "windowEnds", check.due().plusDays(7).toString()))));
		for (int n = 0; n < p.reviewDates.size(); n++) {
			java.time.LocalDate due = p.reviewDates.get(n);
			drafts.add(new Draft(AgreementTables.scheduledAt(due), SYSTEM, AuditAction.CREATE, "GroupReview",
					p.firstReview + n, team, caseId,
					changes("agreementId", Long.toString(p.agreementId), "caseId", caseId.toString(), "dueOn",
							due.toString(), "groupId", Long.toString(p.groups[0]), "teamId", team.toString(),
							"windowEnds", due.plusDays(Obligations.DAYS_AHEAD).toString())));
		}
	}

	private String groupIds(CasePlan p) {
		StringBuilder ids = new StringBuilder("[");
		for (int i = 0; i < p.groups.length; i++) {
			ids.append((i > 0) ? ", " : "").append(p.groups[i]);
		}
		return ids.append(']').toString();
	}

	private static FieldChange redacted() {
		return new FieldChange(FieldChange.REDACTED, FieldChange.REDACTED);
	}

	/**
	 * Fields created with their values (name, value, …), a null value standing for a
	 * redacted (sealed) field.
	 */
	private static TreeMap<String, FieldChange> changes(String... pairs) {
		TreeMap<String, FieldChange> changes = new TreeMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			changes.put(pairs[i], (pairs[i + 1] != null) ? new FieldChange(null, pairs[i + 1]) : redacted());
		}
		return changes;
	}

	/** Fields changed (name, old, new, …). */
	private static TreeMap<String, FieldChange> changesFrom(String... triples) {
		TreeMap<String, FieldChange> changes = new TreeMap<>();
		for (int i = 0; i < triples.length; i += 3) {
			changes.put(triples[i], new FieldChange(triples[i + 1], triples[i + 2]));
		}
		return changes;
	}

	private record Draft(Instant at, String actor, AuditAction action, String entityType, long entityId, Long teamId,
			Long caseId, SortedMap<String, FieldChange> changes) {
	}

	/** Seals drafts into the chain and writes them. */
	private static final class Sink {

		private final Copy copy;

		private final BulkAuditChain.Appender appender;

		Sink(Copy copy, BulkAuditChain.Appender appender) {
			this.copy = copy;
			this.appender = appender;
		}

		void add(Draft draft) throws SQLException {
			BulkAuditChain.Entry e = this.appender.append(draft.at(), draft.actor(), draft.action(), draft.entityType(),
					Long.toString(draft.entityId()), draft.teamId(), draft.changes(), draft.caseId());
			this.copy.num(e.seq())
				.moment(e.occurredAt())
				.text(e.actor())
				.text(e.action())
				.text(e.entityType())
				.text(e.entityId())
				.num(e.teamId())
				.text(e.changes())
				.text(e.prevHash())
				.text(e.hash())
				.num(e.caseId())
				.num((e.caseSeq() != null) ? Long.valueOf(e.caseSeq()) : null)
				.text(e.casePrevHash())
				.text(e.mac())
				.row();
		}

	}

}
