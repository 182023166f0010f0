package org.parley.agreement;

import javax.sql.DataSource;

import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.agreement.monitoring.ObligationQueries;
import org.parley.agreement.monitoring.ObligationRecording;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.shared.TeamCalendar;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the agreement module's tests on the whole application use: the pages, the demo
 * users, the database, and the agreement's workflow and obligations (checks and reviews
 * of the groups: scheduled, read and recorded). One Spring context with every other
 * {@link IntegrationTest}.
 */
@IntegrationTest
abstract class AgreementIntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserDetailsService users;

	@Autowired
	protected DataSource dataSource;

	@Autowired
	protected Agreements agreements;

	@Autowired
	protected AgreementWorkflow workflow;

	@Autowired
	protected ObligationSchedule schedule;

	@Autowired
	protected ObligationQueries obligations;

	@Autowired
	protected ObligationRecording recording;

	@Autowired
	protected TeamCalendar calendar;

}
