package org.parley.agreement.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.parley.agreement.TransferKind;
import org.parley.agreement.TransferRecipient;
import org.parley.agreement.TransferRefusal;
import org.parley.agreement.transfer.TransferRecord;
import org.parley.agreement.transfer.TransferReview;
import org.parley.agreement.transfer.Transfers;
import org.parley.negotiation.CaseRounds;
import org.parley.shared.CurrentUser;
import org.parley.shared.DemoTimeline;
import org.parley.shared.TeamCalendar;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the demo cases gave (demo profile, decision 0026): phone credit for the clinic's
 * intermediary, the parish priest, approved by HQ. In the ambulance case, diesel for the
 * ambulances of the northern districts, handed over where Mara Norte (a designated group)
 * runs the roster, recorded with its legal basis and approved by HQ; and, after last
 * week's violation, cash Barrio Once asked as a "community contribution" at the southern
 * boundary, which the field officer recorded and HQ refused as a payment for access.
 */
@Component
@Profile("demo")
@Order(41)
class DemoTransfers implements ApplicationRunner {

	private static final String AMBULANCES = "Ambulance safe passage across the divided city";

	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	private static final String SV = "field.sv";

	private static final String MX = "field.mx";

	private static final String HQ = "hq";

	private final Transfers transfers;

	private final CaseRounds rounds;

	private final DemoTimeline timeline;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	DemoTransfers(Transfers transfers, CaseRounds rounds, DemoTimeline timeline, TeamCalendar calendar,
			DataSource dataSource) {
		this.transfers = transfers;
		this.rounds = rounds;
		this.timeline = timeline;
		this.calendar = calendar;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.queryForObject("SELECT count(*) FROM case_transfer", Long.class) > 0
				|| this.jdbc.queryForObject("SELECT count(*) FROM negotiation_case", Long.class) > 0) {
			return;
		}
		LocalDate today = this.calendar.today();
		clinic(today);
		LocalDate fuel = today.minusMonths(2).plusDays(10);
		at(fuel, "12:15", SV, (sv) -> {
			long caseId = caseId();
			Long round = this.rounds.of(caseId, sv).stream().findFirst().map(CaseRounds.RoundRef::id).orElse(null);
			this.transfers.record(caseId, new TransferRecord(fuel, TransferKind.FUEL, new BigDecimal("1850.00"), "USD",
					TransferRecipient.GROUP, group("Mara Norte"), null, null, round, null,
					"Diesel for the two community ambulances that cross the northern districts, handed to their "
							+ "drivers at the Norte clinic; the gang's committee keeps the ambulance roster.",
					"Humanitarian exemption for in-kind support to a civilian health service: the fuel goes into "
							+ "the ambulances' own tanks, never to the gang (legal office opinion LO-2026-031, "
							+ "fictional).",
					false), sv);
		});
		at(fuel.plusDays(1), "09:40", HQ, (hq) -> review(AMBULANCES, hq, new TransferReview(true, null,
				"Approved: fuel for the ambulances only, delivered into their tanks, on the stated basis.")));
		LocalDate asked = today.minusDays(2);
		at(asked, "16:20", SV, (sv) -> this.transfers.record(caseId(),
				new TransferRecord(asked, TransferKind.CASH, new BigDecimal("500.00"), "USD", TransferRecipient.GROUP,
						group("Barrio Once"), null, null, null, null,
						"Barrio Once asked a 'community contribution' at the southern boundary after last week's "
								+ "incident; the crews say the ambulances cross again since it was handed over.",
						"None given by the group: asked as a contribution to the neighbourhood.", false),
				sv));
		at(today.minusDays(1), "10:05", HQ,
				(hq) -> review(AMBULANCES, hq, new TransferReview(false, TransferRefusal.PAYMENT_FOR_ACCESS,
						"A fee to cross the boundary is a payment for access: our red line. Take the violation to the "
								+ "mediator; pay nothing more.")));
	}

	/**
	 * The clinic, with the cartel through the parish priest: phone credit for his calls
	 * to the plaza chiefs, approved by HQ.
	 */
	private void clinic(LocalDate today) {
		LocalDate given = today.minusMonths(3).minusDays(12);
		at(given, "13:30", MX, (mx) -> {
			long caseId = caseId(CLINIC);
			Long round = this.rounds.of(caseId, mx).stream().findFirst().map(CaseRounds.RoundRef::id).orElse(null);
			long pastor = this.jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = 'PASTOR'",
					Long.class);
			this.transfers.record(caseId,
					new TransferRecord(given, TransferKind.COMMUNICATION_CREDIT, new BigDecimal("600.00"), "MXN",
							TransferRecipient.INTERLOCUTOR, null, pastor, null, round, null,
							"Phone credit for the parish priest's calls to the plaza chiefs about the brigade's dates; "
									+ "the parish pays nothing for our work.",
							null, false),
					mx);
		});
		at(given.plusDays(1), "11:10", HQ, (hq) -> review(CLINIC, hq,
				new TransferReview(true, null, "Approved: the cost of the calls, nothing for the group.")));
	}

	/** The case's newest pending transfer, answered by HQ. */
	private void review(String title, CurrentUser hq, TransferReview review) {
		long caseId = caseId(title);
		this.transfers.of(caseId, hq)
			.stream()
			.filter((t) -> t.pending())
			.findFirst()
			.ifPresent((t) -> this.transfers.review(caseId, t.id(), t.version(), review, hq));
	}

	private void at(LocalDate day, String time, String username, Consumer<CurrentUser> action) {
		this.timeline.at(this.timeline.on(day, time), username, action);
	}

	private long caseId() {
		return caseId(AMBULANCES);
	}

	private long caseId(String title) {
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = ?", Long.class, name);
	}

}
