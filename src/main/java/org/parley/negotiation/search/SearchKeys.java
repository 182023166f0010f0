package org.parley.negotiation.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The teams' search keys: 32 random bytes per team, made the first time one of its cases
 * is indexed and kept sealed under the team's data key ({@code case_search_key}), so that
 * a rotation of the team's key reseals it like any sealed value and the terms made with
 * it stay valid. A term is the HMAC-SHA256 of a lexeme under the key, its first 64 bits.
 */
@Component
class SearchKeys {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecureRandom random = new SecureRandom();

	private final NamedParameterJdbcTemplate jdbc;

	private final FieldSealer sealer;

	private final Clock clock;

	SearchKeys(DataSource dataSource, FieldSealer sealer, Clock clock) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.sealer = sealer;
		this.clock = clock;
	}

	/** The team's key, made if it has none yet (in the caller's transaction). */
	Key forIndexing(long teamId) {
		Key key = existing(List.of(teamId)).get(teamId);
		if (key != null) {
			return key;
		}
		byte[] fresh = new byte[32];
		this.random.nextBytes(fresh);
		Sealed sealed = this.sealer.seal(teamId, KeyPurpose.TEAM, CaseIndexer.SEARCH_KEY,
				Base64.getEncoder().encodeToString(fresh));
		// Another transaction may make it first: then its key is the team's.
		this.jdbc.update("""
				INSERT INTO case_search_key (team_id, search_key, created_at) VALUES (:team, :key, :at)
				ON CONFLICT (team_id) DO NOTHING""",
				new MapSqlParameterSource("team", teamId).addValue("key", sealed.stored())
					.addValue("at", Timestamp.from(this.clock.instant())));
		return existing(List.of(teamId)).get(teamId);
	}

	/** The keys of those teams that have one (a team without one has no terms). */
	Map<Long, Key> existing(List<Long> teamIds) {
		Map<Long, Key> keys = new HashMap<>();
		if (teamIds.isEmpty()) {
			return keys;
		}
		this.jdbc.query("SELECT team_id, search_key FROM case_search_key WHERE team_id IN (:teams)",
				Map.of("teams", teamIds), (row) -> {
					long team = row.getLong("team_id");
					String opened = this.sealer
						.open(team, CaseIndexer.SEARCH_KEY, Sealed.stored(row.getString("search_key")))
						.text();
					if (opened != null) {
						keys.put(team, new Key(Base64.getDecoder().decode(opened)));
					}
				});
		return keys;
	}

	/** A team's search key. */
	static final class Key {

		private final SecretKeySpec spec;

		Key(byte[] bytes) {
			this.spec = new SecretKeySpec(bytes, ALGORITHM);
		}

		/** The lexeme's term: the first 64 bits of its HMAC-SHA256 under this key. */
		long term(String lexeme) {
			try {
				Mac mac = Mac.getInstance(ALGORITHM);
				mac.init(this.spec);
				return ByteBuffer.wrap(mac.doFinal(lexeme.getBytes(StandardCharsets.UTF_8))).getLong();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("A search term could not be made", ex);
			}
		}

	}

}
