package org.parley.scale;

import java.util.List;
import java.util.Map;

import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.SealedColumn;

/**
 * Sealed values made with the application's own {@link FieldSealer}: under the team's
 * data key, bound to their column and team as every sealed value is, so pages open them.
 * The texts come from short lists, so each is sealed once per team and column and reused.
 */
final class SealedTexts {

	private final FieldSealer sealer;

	private final Layout layout;

	private final Map<String, List<Map<String, String>>> byColumn = new java.util.concurrent.ConcurrentHashMap<>();

	SealedTexts(FieldSealer sealer, Layout layout) {
		this.sealer = sealer;
		this.layout = layout;
	}

	/** The text sealed for the column of a row of the team (null for null). */
	String seal(int team, String table, String column, String text) {
		if (text == null) {
			return null;
		}
		// A cache per column and team, keyed by the text alone: millions of calls.
		List<Map<String, String>> teams = this.byColumn.computeIfAbsent(table + "." + column, (place) -> {
			List<Map<String, String>> maps = new java.util.ArrayList<>();
			for (int t = 0; t < Layout.TEAMS; t++) {
				maps.add(new java.util.concurrent.ConcurrentHashMap<>());
			}
			return maps;
		});
		return teams.get(team).computeIfAbsent(text, (plain) -> sealAnew(team, table, column, plain));
	}

	private String sealAnew(int team, String table, String column, String text) {
		return this.sealer
			.seal(this.layout.teamId(team), KeyPurpose.TEAM, new SealedColumn(table, column, "team_id", List.of("id")),
					text)
			.stored();
	}

	/** A second factor's secret, under the system key, as the sign-in opens it. */
	String secondFactorSecret(String hexSecret) {
		return this.sealer
			.seal(null, KeyPurpose.SYSTEM,
					new SealedColumn("second_factor", "secret", "NULL::bigint", List.of("user_id")), hexSecret)
			.stored();
	}

}
