package org.parley.armedgroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;
import org.parley.shared.DemoTimeline;
import org.parley.shared.TeamCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fictional groups, relations and interlocutors of the demo cases (see
 * docs/user-guide.md), loaded with the {@code demo} profile through the same services as
 * the pages, so they carry history: put on the demo's timeline about ten months ago, each
 * group and interlocutor recorded by the field officer of the team that deals with it
 * (the hospital's commander when that case began). Loaded once: nothing happens if groups
 * exist.
 */
@Component
@Profile("demo")
@Order(20)
class DemoRegistry implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

	private static final String MX = "field.mx";

	private static final String SV = "field.sv";

	private final ArmedGroupRegistry groups;

	private final ArmedGroupDesignations designations;

	private final InterlocutorRegistry interlocutors;

	private final ArmedGroupRepository repository;

	private final DemoTimeline timeline;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	DemoRegistry(ArmedGroupRegistry groups, ArmedGroupDesignations designations, InterlocutorRegistry interlocutors,
			ArmedGroupRepository repository, DemoTimeline timeline, TeamCalendar calendar, DataSource dataSource) {
		this.groups = groups;
		this.designations = designations;
		this.timeline = timeline;
		this.calendar = calendar;
		this.interlocutors = interlocutors;
		this.repository = repository;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.repository.count() > 0) {
			return;
		}
		Long guerrero = team("México – Guerrero");
		Long salvador = team("El Salvador");
		if (guerrero == null || salvador == null) {
			return;
		}
		log.info("Demo profile: the fictional armed groups and interlocutors go on the demo's timeline.");
		LocalDate setUp = this.calendar.today().minusDays(292);
		at(setUp, "10:10", MX, (loader) -> {
			long sierra = this.groups.register(profile("Cártel del Sierra Alta", List.of("CSA", "Los de la Sierra"),
					Set.of("cartel"),
					Set.of("kidnapping", "road-blockades", "extortion-street-taxes", "information-operations"),
					Set.of("drug-trafficking", "extortion", "illegal-mining"),
					"Controls the mountain road and eleven villages above the valley. Tolerates the parish and local "
							+ "health workers; has stopped outside vehicles at its checkpoints.",
					Structure.HIERARCHICAL, 800, 1500,
					"A regional commander (code name EL MAYOR) decides on access; "
							+ "plaza chiefs run the checkpoints.",
					"Cohesive at the top; a northern faction has split off (see relations).", Stance.AMBIVALENT,
					"Let the parish clinic run in 2023; turned back a convoy without notice in 2024.",
					StateRelation.COLLUSION, LegalStatus.CONTESTED, Strategy.ACCOMMODATION), loader);
			this.groups.addLabel(sierra, new GroupLabel("Organized criminal group", "UNODC 2011"), loader);
			this.groups.addLabel(sierra, new GroupLabel("Non-state armed group", "Mediation community (fictional)"),
					loader);
			this.groups.addPresence(sierra, new Presence("MX", "Guerrero", "Sierra Alta (11 villages)",
					ControlLevel.DOMINANT, LocalDate.of(2015, 1, 1)), loader);
		});
		at(setUp.plusDays(3), "09:35", SV, (loader) -> {
			long norte = this.groups.register(profile("Mara Norte", List.of("MN", "La Norte"),
					Set.of("gang", "prison-gang"),
					Set.of("extortion-street-taxes", "drive-by-shootings", "social-cleansing-displacement"),
					Set.of("extortion"),
					"One of the two largest gangs; leadership in prison, cells (clicas) in the neighbourhoods.",
					Structure.NETWORKED, 30000, 40000, "Spokespeople in the national prison speak for the leadership.",
					"Clicas act with some autonomy; discipline is enforced from prison.", Stance.AMBIVALENT,
					"Respected a 2012 truce for about a year; threatened ambulance crews in 2024.",
					StateRelation.CONFRONTATION, LegalStatus.NO, Strategy.ACCOMMODATION), loader);
			this.groups.addLabel(norte, new GroupLabel("Street gang (mara)", "National police (fictional)"), loader);
			this.groups.addLabel(norte, new GroupLabel("Organized criminal group", "UNODC 2011"), loader);
			this.groups.addPresence(norte, new Presence("SV", "San Salvador", "Northern districts",
					ControlLevel.CONTESTED, LocalDate.of(2005, 1, 1)), loader);
			this.groups.addCommitment(norte,
					new ArmedGroupRegistry.CommitmentInput(LocalDate.of(2012, 3, 8), CommitmentKind.AGREEMENT, "other",
							"Barrio Once, with church mediators",
							"Wennmann 2014 (truce between the two largest gangs)"),
					null, loader);
		});
		at(setUp.plusDays(3), "11:50", SV, (loader) -> {
			long norte = group("Mara Norte");
			long once = this.groups.register(profile("Barrio Once", List.of("B-11", "Los Once"), Set.of("gang"),
					Set.of("extortion-street-taxes", "drive-by-shootings"), Set.of("extortion"),
					"Rival of Mara Norte across the city; the two split the city's neighbourhoods between them.",
					Structure.NETWORKED, 20000, 30000, "Leaders in prison; spokespeople reachable through a mediator.",
					null, Stance.AMBIVALENT, null, StateRelation.CONFRONTATION, LegalStatus.NO, Strategy.ACCOMMODATION),
					loader);
			this.groups.addLabel(once, new GroupLabel("Street gang (mara)", "National police (fictional)"), loader);
			this.groups.addPresence(once, new Presence("SV", "San Salvador", "Southern districts",
					ControlLevel.CONTESTED, LocalDate.of(2005, 1, 1)), loader);
			this.groups.addRelation(norte, new ArmedGroupRegistry.RelationInput(once, RelationKind.RIVALRY,
					LocalDate.of(2000, 1, 1), null, "Wennmann 2014"), loader);
			this.groups.addRelation(norte, new ArmedGroupRegistry.RelationInput(once, RelationKind.TRUCE,
					LocalDate.of(2012, 3, 8), LocalDate.of(2013, 12, 31), "Wennmann 2014"), loader);
		});
		at(setUp.plusDays(1), "16:20", MX, (loader) -> {
			long sierra = group("Cártel del Sierra Alta");
			long autodefensas = this.groups.register(profile("Autodefensas Comunitarias del Valle",
					List.of("Policía comunitaria del Valle"), Set.of("self-defence"), Set.of("road-blockades"),
					Set.of(),
					"Armed residents who say they protect the valley towns from the cartel; guard the road to the hospital.",
					Structure.FRAGMENTED, 150, 300, "Assembly of community commanders; one spokesperson.", null,
					Stance.ACCEPTING, "Asked the hospital for first-aid training in 2024.", null, LegalStatus.NO,
					Strategy.TRANSFORMATION), loader);
			this.groups.addLabel(autodefensas, new GroupLabel("Self-defence group", "State government (fictional)"),
					loader);
			this.groups.addPresence(autodefensas, new Presence("MX", "Guerrero", "Valle (hospital town)",
					ControlLevel.PRESENT, LocalDate.of(2019, 3, 1)), loader);
			this.groups.addCommitment(autodefensas,
					new ArmedGroupRegistry.CommitmentInput(LocalDate.of(2024, 2, 1),
							CommitmentKind.UNILATERAL_DECLARATION, "health-care", null,
							"Community assembly minutes (fictional)"),
					null, loader);
			this.groups.addRelation(autodefensas, new ArmedGroupRegistry.RelationInput(sierra, RelationKind.RIVALRY,
					LocalDate.of(2019, 3, 1), null, "Field reports (fictional)"), loader);
		});
		at(setUp.plusDays(1), "17:05", MX, (loader) -> {
			long sierra = group("Cártel del Sierra Alta");
			long faccion = this.groups
				.register(
						profile("Facción Sierra Norte", List.of("Los del Norte"), Set.of("cartel"),
								Set.of("kidnapping"), Set.of("fuel-theft"), "Split from the Cártel del Sierra Alta.",
								Structure.FRAGMENTED, null, null, null, null, Stance.HOSTILE, null, null, null, null),
						loader);

			this.groups.addPresence(faccion,
					new Presence("MX", "Guerrero", "Sierra Norte", ControlLevel.CONTESTED, LocalDate.of(2021, 6, 1)),
					loader);
			this.groups.addRelation(faccion, new ArmedGroupRegistry.RelationInput(sierra, RelationKind.SPLINTER_OF,
					LocalDate.of(2021, 6, 1), null, "Press reports (fictional)"), loader);
		});
		// Designations of the kind the real groups carry (decision 0024): the groups are
		// fictional, so are the listings, and they say so.
		at(setUp.plusDays(4), "15:30", "hq", (loader) -> {
			this.designations.add(group("Cártel del Sierra Alta"),
					new DesignationInput(DesignationAuthority.US_STATE_FTO, "US",
							"Fictional listing (demo): Cártel del Sierra Alta, Foreign Terrorist Organization",
							LocalDate.of(2025, 2, 20),
							"Fictional notice modelled on the Federal Register of 20 February 2025", null),
					loader);
			this.designations.add(group("Cártel del Sierra Alta"),
					new DesignationInput(DesignationAuthority.US_STATE_SDGT, "US",
							"Fictional listing (demo): Cártel del Sierra Alta, Specially Designated Global Terrorist",
							LocalDate.of(2025, 2, 20),
							"Fictional notice modelled on the Federal Register of 20 February 2025", null),
					loader);
			for (String mara : List.of("Mara Norte", "Barrio Once")) {
				this.designations.add(group(mara), new DesignationInput(DesignationAuthority.NATIONAL_COURT, "SV",
						"Fictional ruling (demo): " + mara + " held to be a terrorist organisation",
						LocalDate.of(2015, 8, 24),
						"Fictional ruling modelled on the Constitutional Chamber of El Salvador's Supreme Court, 2015",
						null), loader);
			}
		});

		at(setUp.plusDays(6), "12:40", MX,
				(loader) -> this.interlocutors.record(new InterlocutorForm(guerrero, "PASTOR",
						"Tomás Herrera Vidal (fictional)", false, "Parish priest of the valley",
						Affiliation.INTERMEDIARY, group("Cártel del Sierra Alta"), "church", ContactChannel.IN_PERSON,
						"Parish office, Tuesdays after mass (fictional)", false,
						"Trusted by the plaza chiefs; baptised half the village.", "Has kept every confidence so far.",
						"Exposed if seen carrying messages; meet only at the parish."), loader));
		// The hospital's commander, when that case began (as negotiation's demo opens
		// it).
		at(this.calendar.today().minusDays(150), "12:05", MX,
				(loader) -> this.interlocutors.record(
						new InterlocutorForm(guerrero, "COMANDANTE-R", null, false,
								"Spokesperson of the community commanders", Affiliation.GROUP_MEMBER,
								group("Autodefensas Comunitarias del Valle"), null, ContactChannel.PHONE,
								"+52 000 000 0000 (fictional)", false, "Speaks for the assembly.", null, null),
						loader));
		at(setUp.plusDays(7), "10:15", SV,
				(loader) -> this.interlocutors.record(new InterlocutorForm(salvador, "MEDIADOR-1",
						"Ana Beatriz Flores (fictional)", false, "Former gang member, now violence interrupter",
						Affiliation.INTERMEDIARY, group("Mara Norte"), "insider-mediator", ContactChannel.MESSAGING,
						"Signal, number kept by the head of office (fictional)", false,
						"Reaches the spokespeople of both gangs in prison.", "Reliable; sometimes slow.",
						"Under pressure from both sides."), loader));
		at(setUp.plusDays(7), "10:40", SV,
				(loader) -> this.interlocutors.record(new InterlocutorForm(salvador, "VOCERO-N", null, false,
						"Spokesperson in the national prison", Affiliation.GROUP_MEMBER, group("Mara Norte"), null,
						ContactChannel.THROUGH_INTERMEDIARY, null, false, null, null, null), loader));
		// Strictly confidential (decision 0022): a guard who passes messages inside the
		// prison would be killed if known; only the team's field officers and the HQ
		// reviewer named on the record see it, and its values are sealed under the team's
		// strict key, which an emergency destruction destroys.
		at(setUp.plusDays(8), "09:20", SV, (loader) -> this.interlocutors.record(new InterlocutorForm(salvador,
				"ENLACE-PENAL", "Jorge Alberto Menjívar (fictional)", false, "Prison guard who carries messages",
				Affiliation.INTERMEDIARY, group("Mara Norte"), "insider-mediator", ContactChannel.IN_PERSON,
				"Only through MEDIADOR-1, never by phone (fictional)", false, "Reaches the cell blocks of both gangs.",
				"Has been accurate twice.", "Would be killed by either gang, or dismissed, if known to talk to us.",
				Classification.STRICTLY_CONFIDENTIAL, List.of(user("hq"))), loader));
	}

	private long user(String username) {
		return this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
	}

	private void at(LocalDate day, String time, String username, Consumer<CurrentUser> action) {
		this.timeline.at(this.timeline.on(day, time), username, action);
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = ?", Long.class, name);
	}

	private Long team(String name) {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM team WHERE name = ?", Long.class, name);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private static GroupProfile profile(String name, List<String> aliases, Set<String> categories, Set<String> tactics,
			Set<String> revenue, String description, Structure structure, Integer sizeMin, Integer sizeMax,
			String leadership, String cohesion, Stance stance, String stanceEvidence, StateRelation stateRelation,
			LegalStatus legalStatus, Strategy strategy) {
		return new GroupProfile(name, aliases, categories, tactics, revenue, description, structure, sizeMin, sizeMax,
				leadership, cohesion, null, null, null, stateRelation, null, legalStatus,
				(legalStatus != null) ? "Organisation's legal assessment (fictional)" : null, null, stance,
				stanceEvidence, strategy, null, null);
	}

}
