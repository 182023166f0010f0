package org.parley.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark run is told with system properties ({@code -Dparley.bench.*}), each
 * with its default for the scale data (issue 17's generator: teams "Scale team 01".."50",
 * users {@code s01-fo1}, {@code s01-hq1}, {@code s01-aud}, password
 * {@code parley-scale-2026}). {@code -Dparley.bench.data=demo} switches every default to
 * the demo profile's accounts and words; a property given explicitly wins over both.
 */
record BenchConfig(String url, int warmupSeconds, int seconds, int fieldUsers, int hqUsers, int auditorUsers,
		List<String> fieldAccounts, List<String> hqAccounts, List<String> auditorAccounts, String password,
		String totpSecret, String caseQuery, String alias, String noteWord, String listStep, int depth,
		String reviewQueue, String language) {

	private static final Map<String, String> DEMO = Map.ofEntries(Map.entry("field-accounts", "field.mx,field.sv"),
			Map.entry("hq-accounts", "hq"), Map.entry("auditor-accounts", "auditor"),
			Map.entry("password", "parley-demo"), Map.entry("case-query", ""),
			Map.entry("alias", "Policía comunitaria del Valle"), Map.entry("note-word", "clínica"),
			Map.entry("list-step", "FOLLOW_UP"), Map.entry("hq-users", "1"), Map.entry("auditor-users", "1"));

	private static final Map<String, String> SCALE = Map.ofEntries(
			Map.entry("field-accounts", "s01-fo1,s02-fo1,s03-fo1,s04-fo1,s05-fo1,s06-fo1"),
			Map.entry("hq-accounts", "s01-hq1,s02-hq1"), Map.entry("auditor-accounts", "s01-aud"),
			Map.entry("password", "parley-scale-2026"), Map.entry("case-query", "benchmark"),
			Map.entry("alias", "Los Güeros"), Map.entry("note-word", "ambulancias"),
			Map.entry("list-step", "NEGOTIATION_ROUNDS"), Map.entry("hq-users", "2"), Map.entry("auditor-users", "1"));

	static BenchConfig fromSystemProperties() {
		Map<String, String> defaults = "demo".equals(System.getProperty("parley.bench.data")) ? DEMO : SCALE;
		int total = Integer.parseInt(get("users", "8", defaults));
		int hq = Integer.parseInt(get("hq-users", null, defaults));
		int auditors = Integer.parseInt(get("auditor-users", null, defaults));
		return new BenchConfig(stripSlash(get("url", "http://127.0.0.1:8080", defaults)),
				Integer.parseInt(get("warmup", "20", defaults)), Integer.parseInt(get("seconds", "60", defaults)),
				Math.max(0, total - hq - auditors), hq, auditors, list(get("field-accounts", null, defaults)),
				list(get("hq-accounts", null, defaults)), list(get("auditor-accounts", null, defaults)),
				get("password", null, defaults), get("totp-secret", "PARLEYDEMOTOTPSECRETPARLEYDEMO23", defaults),
				get("case-query", null, defaults), get("alias", null, defaults), get("note-word", null, defaults),
				get("list-step", null, defaults), Integer.parseInt(get("depth", "50", defaults)),
				get("review-queue", "/cases?step=INTERNAL_DECISION&status=ACTIVE", defaults),
				get("language", "en", defaults));
	}

	private static String get(String name, String fallback, Map<String, String> defaults) {
		String given = System.getProperty("parley.bench." + name);
		if (given != null) {
			return given;
		}
		return defaults.getOrDefault(name, fallback);
	}

	private static List<String> list(String names) {
		return Arrays.stream(names.split(",")).map(String::trim).filter((n) -> !n.isEmpty()).toList();
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * The account the n-th virtual user of a role signs in with (several share one when
	 * few).
	 */
	static String account(List<String> accounts, long n) {
		return accounts.get((int) (n % accounts.size()));
	}

	/** Every figure of the run, for the summary's heading. */
	String describe() {
		return "url " + this.url + ", " + (this.fieldUsers + this.hqUsers + this.auditorUsers) + " virtual users ("
				+ this.fieldUsers + " field officers, " + this.hqUsers + " HQ reviewers, " + this.auditorUsers
				+ " auditors), warm-up " + this.warmupSeconds + " s, measured " + this.seconds + " s";
	}

}
