package org.parley.journeys;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.parley.negotiation.MethodStep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field officer's journey of issue 18, in English, Spanish and French, in a real
 * browser: sign in, register a group and an interlocutor, open a case, walk conflict
 * analysis, understanding the group and objectives, ask HQ for the decision to engage (HQ
 * approves, in a browser of their own), record the modality and two rounds, draft an
 * agreement of three commitments and send it (HQ returns it), answer and send again (HQ
 * approves), record this week's checks, one of them violated, and find the case back at
 * negotiation rounds. Once more in Spanish on a slow 3G network, each page usable within
 * 5 s. Screenshots in target/journeys/&lt;lang&gt;/field-officer-*.png.
 */
class FieldOfficerJourneyTest extends Journey {

	private String tag;

	@ParameterizedTest(name = "in {0}")
	@MethodSource("org.parley.journeys.Journey#languages")
	void aFieldOfficerTakesACaseFromTheRegistryToABreachedAgreement(String language) throws Exception {
		begin("field-officer", language);
		this.tag = "";
		walking(this::walk);
	}

	/**
	 * A timing, so tagged {@code performance} and left out of {@code ./mvnw verify} (it
	 * takes two and a half minutes of the suite's 15): run it with
	 * {@code ./mvnw verify -Dtest=FieldOfficerJourneyTest -Dparley.test.excludedGroups=none}.
	 */
	@Test
	@Tag("performance")
	void onASlowThreeGNetworkEveryPageOfTheJourneyIsUsableWithinFiveSeconds() throws Exception {
		begin("field-officer", "es");
		this.tag = " 3G";
		throttle();
		walking(this::walk);
		List<PageTime> times = pageTimes();
		PageTime slowest = reportTimes("slow-3g-field-officer-es", times);
		assertThat(times).hasSizeGreaterThan(30);
		// every page paid at least the latency of its own request: the throttle was on
		assertThat(times).allSatisfy((time) -> assertThat(time.millis()).isGreaterThanOrEqualTo(400));
		assertThat(slowest.millis()).as("the slowest page, %s", slowest.path()).isLessThan(USABLE_WITHIN_MS);
	}

	private void walk() {
		JourneyData data = new JourneyData(this.mvc, this.users, new JdbcTemplate(this.dataSource),
				this.agreementWorkflow, this.agreements, this.caseWorkflow, this.schedule, this.calendar);
		LocalDate today = this.calendar.today();
		String group = t("The Crows of the Ridge", "Los Cuervos del Cerro", "Les Corbeaux du Morne") + this.tag;
		String codeName = t("PRIEST", "CURA", "ABBE") + "-" + this.lang.toUpperCase() + this.tag.strip();
		String title = t("Mobile clinic for the ridge villages", "Clínica móvil para los pueblos del cerro",
				"Clinique mobile pour les villages du morne") + this.tag;

		// Sign in, in the user's language.
		go("/login");
		assertThat(this.browser.findElement(By.cssSelector("main form button[type=submit]")).getText())
			.isEqualTo(msg("login.submit"));
		shoot("sign-in", true, true);
		signIn("field.mx");
		this.wait.until(ExpectedConditions.urlMatches(".*/$"));
		go("/");
		assertThat(h1()).isEqualTo(msg("home.welcome", "Mateo Ramírez"));
		readsAsWords();
		shoot("start-page");

		// A new group in the registry.
		go("/armed-groups/new");
		this.browser.findElement(By.id("name")).sendKeys(group);
		check("categories", "cartel");
		check("tactics", "road-blockades");
		new Select(this.browser.findElement(By.id("stance"))).selectByValue("AMBIVALENT");
		shoot("new-group");
		click(By.cssSelector("form.group-form button[type=submit]"));
		assertThat(success()).contains(group);
		assertThat(main()).contains(msg("armedgroup.Stance.AMBIVALENT"));
		readsAsWords();

		// An interlocutor: the parish priest who carries messages to the group.
		go("/interlocutors/new");
		new Select(this.browser.findElement(By.id("teamId"))).selectByVisibleText("México – Guerrero");
		type("codeName", codeName);
		type("role", t("Parish priest of the ridge", "Párroco del cerro", "Curé du morne"));
		new Select(this.browser.findElement(By.id("affiliation"))).selectByValue("INTERMEDIARY");
		Select intermediaryType = new Select(this.browser.findElement(By.id("intermediaryType")));
		if (intermediaryType.getOptions().size() > 1) {
			intermediaryType.selectByIndex(1);
		}
		shoot("new-interlocutor", false, false);
		click(By.cssSelector("form[action$='/interlocutors'] button[type=submit]"));
		assertThat(success()).isNotBlank();
		assertThat(h1()).contains(codeName);
		readsAsWords();

		// A case with that group.
		go("/cases/new");
		type("title", title);
		new Select(this.browser.findElement(By.id("country"))).selectByValue("MX");
		type("region", "Guerrero");
		new Select(this.browser.findElement(By.id("groupIds"))).selectByContainsVisibleText(group);
		new Select(this.browser.findElement(By.id("objectiveType"))).selectByValue("ACCESS_FOR_HEALTH_CARE");
		shoot("new-case");
		click(By.cssSelector("main form button[type=submit]"));
		success();
		String caseUrl = path();
		assertThat(h1()).isEqualTo(title);
		assertThat(text(".stepper-step.current")).contains(step(MethodStep.CONFLICT_ANALYSIS));
		readsAsWords();
		shoot("case-opened");

		// 1. Conflict analysis.
		click(By.cssSelector("a.open-step"));
		type("context",
				t("Eleven villages on the ridge without a health post since 2021.",
						"Once pueblos del cerro sin puesto de salud desde 2021.",
						"Onze villages du morne sans poste de santé depuis 2021."));
		type("territorialControl", t("The group holds the only road.", "El grupo controla el único camino.",
				"Le groupe tient la seule route."));
		type("statePresence", t("The army patrols the municipal seat only.",
				"El ejército patrulla solo la cabecera municipal.", "L'armée ne patrouille qu'au chef-lieu."));
		type("humanitarianNeeds",
				t("No vaccination since 2021.", "Sin vacunación desde 2021.", "Aucune vaccination depuis 2021."));
		type("risks", t("Staff mistaken for informants.", "Personal confundido con informantes.",
				"Personnel pris pour des informateurs."));
		click(By.id("legalRegime3"));
		type("legalReasoning", t("Contested for criminal violence.", "Discutido para la violencia criminal.",
				"Discuté pour la violence criminelle."));
		new Select(this.browser.findElement(By.id("actors0.kind"))).selectByValue("ARMED_GROUP");
		type("actors0.name", group);
		type("factsAgreed", t("The villages need a doctor", "Los pueblos necesitan un médico",
				"Les villages ont besoin d'un médecin"));
		type("normsShared", t("Children and the sick must be cared for", "Hay que cuidar a los niños y a los enfermos",
				"Il faut soigner les enfants et les malades"));
		click(By.cssSelector("form.analysis-form button.save-content"));
		success();
		shoot("conflict-analysis");
		answerAndComplete(MethodStep.UNDERSTANDING_THE_GROUP);

		// 2. Understanding the group.
		click(By.cssSelector("a.new-assessment"));
		type("structure", t("A plaza chief and about thirty armed men.", "Un jefe de plaza y unos treinta armados.",
				"Un chef de place et une trentaine d'hommes armés."));
		type("decisionMakers", t("The plaza chief.", "El jefe de plaza.", "Le chef de place."));
		type("interests", t("Control of the road.", "Control del camino.", "Le contrôle de la route."));
		type("gainsLosses",
				t("Gains: families treated.", "Gana: familias atendidas.", "Gagne : des familles soignées."));
		type("positions",
				t("Nobody enters without leave.", "Nadie entra sin permiso.", "Personne n'entre sans permission."));
		type("motives", t("Control of the territory.", "Control del territorio.", "Le contrôle du territoire."));
		type("influencers0.name", codeName);
		new Select(this.browser.findElement(By.id("influencers0.influence"))).selectByValue("HIGH");
		new Select(this.browser.findElement(By.id("influencers0.disposition"))).selectByValue("SUPPORTIVE");
		click(By.cssSelector("button.save-assessment"));
		success();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".influence-map canvas")));
		shoot("understanding-the-group", false, false);
		answerAndComplete(MethodStep.OBJECTIVES);

		// 3. Objectives, the organisation's red lines already there, and a measure.
		assertThat(text(".red-lines")).isNotBlank();
		type("objectives0.text", t("A weekly clinic reaches the eleven villages",
				"Una clínica semanal llega a los once pueblos", "Une clinique hebdomadaire atteint les onze villages"));
		new Select(this.browser.findElement(By.id("objectives0.priority"))).selectByValue("HIGH");
		type("objectives0.bottomLine",
				t("Every two weeks, in the five largest villages", "Cada dos semanas, en los cinco pueblos mayores",
						"Toutes les deux semaines, dans les cinq plus grands villages"));
		type("alternative", t("Treat people at the municipal seat.", "Atender desde la cabecera municipal.",
				"Soigner au chef-lieu."));
		click(By.cssSelector("form.objectives-form button.save-content"));
		success();
		type("indicator", t("Consultations per month", "Consultas por mes", "Consultations par mois"));
		type("unit", t("consultations", "consultas", "consultations"));
		type("baseline", "0");
		type("target", "600");
		click(By.cssSelector("button.add-moe"));
		waitForText("table.moes", "600");
		shoot("objectives", false, false);
		answerAndComplete(MethodStep.INTERNAL_DECISION);

		// 4. The decision to engage: asked of HQ; the case waits at the gate.
		answer(t("Weighed with the head of office.", "Valorado con la jefatura de oficina.",
				"Évalué avec la cheffe de bureau."));
		click(By.cssSelector("form.answers button[value=save]"));
		success();
		for (String field : new String[] { "riskLegitimacy", "riskInstrumentalisation", "riskLegal", "riskStaffSafety",
				"riskReputation", "mandateScope", "mandateRedLines" }) {
			type(field, t("Weighed: acceptable with precautions.", "Valorado: aceptable con precauciones.",
					"Évalué : acceptable avec précautions."));
		}
		type("mandateLevel", t("Field team, through the parish", "Equipo de terreno, a través de la parroquia",
				"Équipe de terrain, par la paroisse"));
		click(By.cssSelector("form.request-decision button[type=submit]"));
		waitFor(".decision .status-pending");
		readsAsWords();
		shoot("decision-requested");

		// HQ approves, in a browser of their own.
		switchTo("hq");
		go(caseUrl + "/steps/internal-decision");
		type("decide-reason",
				t("Risks proportionate; through the parish only.",
						"Riesgos proporcionados; solo a través de la parroquia.",
						"Risques proportionnés ; par la paroisse seulement."));
		if (!this.browser.findElements(By.cssSelector("input[name=assessmentsRead]")).isEmpty()) {
			click(By.cssSelector("input[name=assessmentsRead]"));
		}
		shoot("hq-approves-the-decision", false, false);
		click(By.cssSelector("button.approve"));
		waitForText(".stepper-step.current", step(MethodStep.ENGAGEMENT_MODALITY));

		// 5. Engagement modality, through the interlocutor.
		switchTo("field.mx");
		go(caseUrl);
		click(By.cssSelector("a.open-step"));
		click(By.cssSelector("input[name=modality][value=INDIRECT]"));
		type("reason",
				t("The group does not receive us; the priest has the trust of both.",
						"El grupo no nos recibe; el párroco tiene la confianza de ambos.",
						"Le groupe ne nous reçoit pas ; le curé a la confiance des deux."));
		type("members0.name", t("Head of office", "Jefa de oficina", "Cheffe de bureau"));
		type("members0.role", t("Lead negotiator", "Negociadora principal", "Négociatrice principale"));
		click(By.xpath("//label[strong[text()='" + codeName + "']]/preceding-sibling::input"));
		click(By.cssSelector("input[name=approaches][value=NEGOTIATION]"));
		click(By.cssSelector("form.engagement-form button.save-content"));
		success();
		shoot("engagement-modality", false, false);
		answerAndComplete(MethodStep.NEGOTIATION_ROUNDS);

		// 6. Two rounds.
		round("PHONE", t("Clinic on Tuesdays", "Clínica los martes", "Clinique le mardi"),
				t("Call the priest for the answer", "Llamar al párroco por la respuesta",
						"Appeler le curé pour la réponse"));
		round("MESSAGING",
				t("No armed men at the clinic", "Ningún armado en la clínica", "Aucun homme armé à la clinique"), null);
		assertThat(this.browser.findElements(By.cssSelector("article.round"))).hasSize(2);
		readsAsWords();
		shoot("two-rounds");
		answerAndComplete(MethodStep.AGREEMENT);

		// 7. The agreement: three weekly commitments, the last check two days ago.
		LocalDate lastCheck = today.minusDays(2);
		click(By.cssSelector("a.new-agreement"));
		this.browser.findElement(By.id("title")).clear();
		type("title", t("Passage of the clinic on the ridge road", "Paso de la clínica por el camino del cerro",
				"Passage de la clinique par la route du morne") + this.tag);
		new Select(this.browser.findElement(By.id("form"))).selectByValue("VERBAL");
		new Select(this.browser.findElement(By.id("signingStatus"))).selectByValue("VERBAL_OR_UNCLEAR");
		setDate("validFrom", today.minusDays(4));
		new Select(this.browser.findElement(By.id("disputeSettlement"))).selectByValue("NEUTRAL_MEDIATOR");
		type("summary",
				t("The clinic crosses every week, unharmed and without fees.",
						"La clínica cruza cada semana, sin daño y sin cobros.",
						"La clinique passe chaque semaine, sans dommage et sans frais."));
		if (this.browser.findElements(By.id("commitments2.owedBy")).isEmpty()) {
			click(By.cssSelector("[data-add-rows='.commitment-rows']"));
		}
		commitment(0, group, t("Safe passage for the clinic every week", "Paso seguro de la clínica cada semana",
				"Passage sûr de la clinique chaque semaine"), "SAFE_PASSAGE", lastCheck);
		commitment(1, group,
				t("No armed men at the clinic", "Ningún armado en la clínica", "Aucun homme armé à la clinique"),
				"NO_ARMED_PRESENCE", lastCheck);
		commitment(2, group,
				t("No fee on medicines", "Ningún cobro sobre los medicamentos", "Aucun péage sur les médicaments"),
				"NO_FEES_ON_AID", lastCheck);
		shoot("agreement-draft");
		click(By.cssSelector("button.save-agreement"));
		success();
		String agreementUrl = path();
		click(By.cssSelector("button.submit-version"));
		waitForText(".version-status", msg("agreement.VersionStatus.SUBMITTED"));
		readsAsWords();

		// HQ returns it, with a comment on a commitment.
		String hqComment = t("Say who verifies the passage and where.", "Diga quién verifica el paso y dónde.",
				"Dites qui vérifie le passage, et où.");
		switchTo("hq");
		go(agreementUrl);
		this.browser.findElement(By.cssSelector(".review-form input[id^=commitment_]"))
			.sendKeys(t("Which checkpoint?", "¿Qué retén?", "Quel barrage ?"));
		type("review-comment", hqComment);
		click(By.cssSelector("button.return-agreement"));
		waitForText(".version-status", msg("agreement.VersionStatus.RETURNED"));

		// The officer answers with version 2.
		switchTo("field.mx");
		go(agreementUrl);
		assertThat(text(".open-version")).contains(hqComment);
		readsAsWords();
		shoot("agreement-returned");
		click(By.cssSelector("a.edit-version"));
		WebElement verification = this.browser.findElement(By.id("commitments0.verification"));
		verification.clear();
		verification.sendKeys(t("The priest confirms each crossing at the upper checkpoint",
				"El párroco confirma cada cruce en el retén de arriba",
				"Le curé confirme chaque passage au barrage du haut"));
		click(By.cssSelector("button.save-agreement"));
		success();
		click(By.cssSelector("button.submit-version"));
		waitForText(".version-status", msg("agreement.VersionStatus.SUBMITTED"));

		// HQ compares and approves.
		switchTo("hq");
		go(agreementUrl);
		WebElement compare = this.browser.findElement(By.id("compare"));
		assertThat(compare.findElements(By.cssSelector(".diff-changed"))).isNotEmpty();
		type("review-comment", t("Clear now.", "Ahora está claro.", "C'est clair maintenant."));
		click(By.cssSelector("button.approve-agreement"));
		waitForText(".agreement-status", msg("agreement.AgreementStatus.IN_FORCE"));

		// The scheduler's run of the day puts this week's checks on the agreement.
		long agreementId = Long.parseLong(agreementUrl.substring(agreementUrl.lastIndexOf('/') + 1));
		this.schedule.scheduleChecks(agreementId, today);

		// 8. The officer completes the agreement step and records the checks.
		switchTo("field.mx");
		go(agreementUrl);
		assertThat(text(".agreement-status")).isEqualTo(msg("agreement.AgreementStatus.IN_FORCE"));
		readsAsWords();
		shoot("agreement-in-force");
		go(caseUrl);
		click(By.cssSelector("a.open-step"));
		answerAndComplete(MethodStep.FOLLOW_UP);
		go(agreementUrl);
		recordCheck("COMPLIED",
				t("The clinic crossed on time.", "La clínica cruzó a tiempo.", "La clinique est passée à l'heure."),
				false);
		recordCheck("VIOLATED",
				t("Armed men held the clinic two hours at the checkpoint.",
						"Hombres armados detuvieron la clínica dos horas en el retén.",
						"Des hommes armés ont retenu la clinique deux heures au barrage."),
				true);
		assertThat(text(".agreement-status")).isEqualTo(msg("agreement.AgreementStatus.BREACHED"));
		readsAsWords();

		// The case is back at negotiation rounds.
		go(caseUrl);
		assertThat(text(".stepper-step.current")).contains(step(MethodStep.NEGOTIATION_ROUNDS));
		readsAsWords();
		shoot("case-back-at-rounds", true, true);
		data.retire(agreementId);
	}

	private void round(String channel, String asked, String nextStep) {
		new Select(this.browser.findElement(By.id("channel"))).selectByValue(channel);
		type("theirParticipants", t("The priest, for the plaza chief", "El párroco, por el jefe de plaza",
				"Le curé, pour le chef de place"));
		type("asked", asked);
		type("outcome", t("They will answer next week.", "Responderán la semana que viene.",
				"Ils répondront la semaine prochaine."));
		if (nextStep != null) {
			type("nextStep", nextStep);
			setDate("nextStepDue",
					LocalDate.parse(this.browser.findElement(By.id("heldOn")).getDomProperty("value")).plusDays(7));
		}
		int before = this.browser.findElements(By.cssSelector("article.round")).size();
		click(By.cssSelector("button.save-round"));
		this.wait.until((driver) -> driver.findElements(By.cssSelector("article.round")).size() == before + 1);
	}

	private void commitment(int row, String owedBy, String what, String category, LocalDate weekday) {
		String prefix = "commitments" + row + ".";
		type(prefix + "owedBy", owedBy);
		type(prefix + "what", what);
		new Select(this.browser.findElement(By.id(prefix + "category"))).selectByValue(category);
		new Select(this.browser.findElement(By.id(prefix + "recurrence"))).selectByValue("WEEKLY");
		type(prefix + "recurrenceDay", Integer.toString(weekday.getDayOfWeek().getValue()));
		type(prefix + "verification", t("The priest confirms", "El párroco confirma", "Le curé confirme"));
	}

	private void recordCheck(String result, String evidence, boolean breach) {
		WebElement check = this.browser.findElement(By.cssSelector("form.record-check"));
		scroll(check);
		new Select(check.findElement(By.name("result"))).selectByValue(result);
		check.findElement(By.name("evidence")).sendKeys(evidence);
		check.findElement(By.name("source"))
			.sendKeys(t("Clinic team", "Equipo de la clínica", "Équipe de la clinique"));
		if (breach) {
			check.findElement(By.cssSelector("input[name=breach]")).click();
			shoot("violation-recorded");
		}
		check.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(success()).contains(msg(breach ? "agreement.check.breach-recorded" : "agreement.check.recorded"));
	}

	private void answerAndComplete(MethodStep next) {
		answer(t("Answered with the team on Monday.", "Respondido con el equipo el lunes.",
				"Répondu avec l'équipe lundi."));
		click(By.cssSelector("button.complete-step"));
		waitForText("h1", step(next));
	}

	private void answer(String text) {
		this.browser.findElements(By.cssSelector("form.answers textarea")).forEach((answer) -> answer.sendKeys(text));
	}

	private void check(String field, String code) {
		click(By.cssSelector("input[name=" + field + "][value='" + code + "']"));
	}

}
