package org.parley.negotiation;

import org.parley.negotiation.casefile.DecisionRequest;
import org.parley.negotiation.casefile.DesignatedParty;
import org.parley.negotiation.casefile.Mandate;
import org.parley.negotiation.step.objectives.Objectives;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.parley.armedgroup.ArmedGroupDesignations;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.DesignationView;
import org.parley.armedgroup.GroupRef;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the application adds to a request to engage, whatever the form says: the
 * organisation's red lines and the case's own, and the designations in force against the
 * case's groups, each to be assessed (issue 16). Callers have checked that the user may
 * read the case.
 */
@Component
public class Mandates {

	private final Objectives objectives;

	private final ArmedGroupDesignations designations;

	private final ArmedGroupQueries groups;

	private final JdbcTemplate jdbc;

	Mandates(Objectives objectives, ArmedGroupDesignations designations, ArmedGroupQueries groups,
			DataSource dataSource) {
		this.objectives = objectives;
		this.designations = designations;
		this.groups = groups;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The request with the red lines and the designations the application adds. */
	@Transactional(readOnly = true)
	public Mandate of(long caseId, DecisionRequest request) {
		List<Long> ids = this.jdbc.queryForList("SELECT group_id FROM negotiation_case_group WHERE case_id = ?",
				Long.class, caseId);
		return new Mandate(request, redLines(caseId), designated(this.groups.refs(ids)));
	}

	/** The organisation's red lines (in the reader's language), then the case's own. */
	@Transactional(readOnly = true)
	public List<MandateRedLine> redLines(long caseId) {
		return this.objectives.redLines(caseId)
			.stream()
			.map((l) -> l.organisational() ? MandateRedLine.organisation(l.code(), l.text())
					: MandateRedLine.ofCase(l.text()))
			.toList();
	}

	/**
	 * The designations in force today against the groups, group by group in the order
	 * given, each group's latest listing first.
	 */
	@Transactional(readOnly = true)
	public List<DesignatedParty> designated(List<GroupRef> of) {
		Map<Long, List<DesignationView>> active = this.designations.active(of.stream().map(GroupRef::id).toList());
		return of.stream()
			.flatMap((g) -> active.getOrDefault(g.id(), List.of()).stream().map((d) -> new DesignatedParty(g, d)))
			.toList();
	}

}
