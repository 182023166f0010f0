package org.parley.support;

import org.parley.negotiation.CaseQueries;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.parley.agreement.Agreements;
import org.parley.armedgroup.ArmedGroupDesignations;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.ArmedGroupRegistry;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditQueries;
import org.parley.audit.ReadLog;
import org.parley.identity.Accounts;
import org.parley.identity.SecuritySlice;
import org.parley.identity.TeamAdministration;
import org.parley.identity.UserAdministration;
import org.parley.incident.Incidents;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.step.StepPages;
import org.parley.negotiation.step.closure.Closures;
import org.parley.notification.Inbox;
import org.parley.reference.ReferenceLists;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web-slice test: the controllers listed here with the application's real access rules
 * ({@code SecurityConfiguration}), error handling, language switch, messages and
 * templates, but no database. The services the controllers call are Mockito mocks (reset
 * after each test): a test autowires the one it needs and says what it answers. Requests
 * go through {@code MockMvcTester}, signed in with {@link org.parley.identity.SignedIn}.
 * <p>
 * Every test class that carries this annotation and nothing else that changes the context
 * (no {@code @MockitoBean} field, no {@code @Import}) shares one Spring context, started
 * once per run. To bring a controller into the slice, add it to the pattern and its
 * services to the mocks here, rather than configuring a test class of its own: a second
 * configuration is a second context to start.
 * <p>
 * Use it where only a controller's mapping, binding or access rule is under test; where
 * persistence or a whole flow is the point, use {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = { "org\\.parley\\.identity\\.(User|Team)AdminController",
				"org\\.parley\\.reference\\.ReferenceListAdminController",
				"org\\.parley\\.armedgroup\\.ArmedGroupController", "org\\.parley\\.incident\\.IncidentController",
				// how a form labels a group it offers (with its designations)
				"org\\.parley\\.armedgroup\\.GroupChoiceLabels",
				// a case's step pages: the questions, the closure, and how every step
				// shows a refused save
				"org\\.parley\\.negotiation\\.step\\.(StepController|StepSaves)",
				"org\\.parley\\.negotiation\\.step\\.closure\\.ClosureController",
				// what every page needs: error pages, the current path, the
				// country names, the header's unread count
				"org\\.parley\\.shared\\.web\\..*", "org\\.parley\\.notification\\.UnreadBadge" }))
@Import({ SecuritySlice.class, WebSliceTest.Infrastructure.class })
@MockitoBean(types = { UserAdministration.class, TeamAdministration.class, Accounts.class, ReferenceLists.class,
		ArmedGroupRegistry.class, ArmedGroupQueries.class, ArmedGroupDesignations.class, AuditQueries.class,
		AuditDescriptions.class, ReadLog.class, Incidents.class, CaseQueries.class, Agreements.class, Inbox.class,
		CaseWorkflow.class, StepPages.class, Closures.class })
public @interface WebSliceTest {

	/** What the application's own configuration would give the slice's controllers. */
	@TestConfiguration(proxyBeanMethods = false)
	class Infrastructure {

		@Bean
		Clock clock() {
			return new MutableClock();
		}

	}

}
