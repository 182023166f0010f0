package org.parley.armedgroup;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry. Lists use keyset pagination on (sort key, id) so that the
 * thousandth page costs what the first does; name and alias search uses the trigram index
 * on the folded text.
 */
@Service
public class ArmedGroupQueries {

	private final ArmedGroupRepository groups;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ArmedGroupQueries(ArmedGroupRepository groups, DataSource dataSource, Clock clock) {
		this.groups = groups;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public KeysetPage<GroupSummary> search(GroupSearch search, String cursor, int size) {
		StringBuilder sql = new StringBuilder(
				"""
						SELECT g.id, g.name, g.sort_name, g.stance, g.updated_at,
						       ARRAY(SELECT a.alias FROM armed_group_alias a WHERE a.group_id = g.id ORDER BY a.alias) AS aliases,
						       ARRAY(SELECT c.code FROM armed_group_category c WHERE c.group_id = g.id ORDER BY c.code) AS categories,
						       ARRAY(SELECT DISTINCT p.country FROM armed_group_presence p WHERE p.group_id = g.id) AS countries,
						       ARRAY(SELECT d.authority || ' ' || d.listed_on FROM armed_group_designation d
						             WHERE d.group_id = g.id AND (d.lifted_on IS NULL OR d.lifted_on > :today)
						             ORDER BY d.listed_on DESC, d.id) AS designations
						FROM armed_group g WHERE true""");
		MapSqlParameterSource params = new MapSqlParameterSource();
		params.addValue("today", LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		if (search.q() != null) {
			String[] words = SearchText.fold(search.q()).split(" ");
			for (int i = 0; i < words.length; i++) {
				sql.append(" AND g.search_text LIKE :word").append(i).append(" ESCAPE '\\'");
				params.addValue("word" + i, "%" + escapeLike(words[i]) + "%");
			}
		}
		if (search.country() != null) {
			sql.append(
					" AND EXISTS (SELECT 1 FROM armed_group_presence p WHERE p.group_id = g.id AND p.country = :country)");
			params.addValue("country", search.country());
		}
		if (search.category() != null) {
			sql.append(
					" AND EXISTS (SELECT 1 FROM armed_group_category c WHERE c.group_id = g.id AND c.code = :category)");
			params.addValue("category", search.category());
		}
		if (search.tactic() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM armed_group_tactic t WHERE t.group_id = g.id AND t.code = :tactic)");
			params.addValue("tactic", search.tactic());
		}
		if (search.stance() != null) {
			sql.append(" AND g.stance = :stance");
			params.addValue("stance", search.stance().name());
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		if (search.byUpdate()) {
			Instant afterTime = (after != null) ? instant(after.key()) : null;
			if (afterTime != null) {
				sql.append(" AND (g.updated_at, g.id) < (:afterTime, :afterId)");
				params.addValue("afterTime", OffsetDateTime.ofInstant(afterTime, ZoneOffset.UTC));
				params.addValue("afterId", after.id());
			}
			sql.append(" ORDER BY g.updated_at DESC, g.id DESC");
		}
		else {
			if (after != null) {
				sql.append(" AND (g.sort_name, g.id) > (:afterName, :afterId)");
				params.addValue("afterName", after.key());
				params.addValue("afterId", after.id());
			}
			sql.append(" ORDER BY g.sort_name, g.id");
		}
		sql.append(" LIMIT :limit");
		params.addValue("limit", size + 1);
		List<Row> rows = this.jdbc.query(sql.toString(), params, ArmedGroupQueries::row);
		KeysetPage<Row> page = KeysetPage.of(rows, size,
				(row) -> new KeysetCursor(search.byUpdate() ? row.summary.updatedAt().toString() : row.sortName,
						row.summary.id())
					.encode());
		return new KeysetPage<>(page.items().stream().map(Row::summary).toList(), page.nextCursor());
	}

	@Transactional(readOnly = true)
	public GroupDetails details(long id) {
		ArmedGroup group = this.groups.findById(id).orElseThrow(() -> new ArmedGroupNotFoundException(id));
		List<RelationView> relations = new ArrayList<>();
		Map<Long, String> names = names(group.getRelations().stream().map(GroupRelation::otherGroupId).toList());
		for (int i = 0; i < group.getRelations().size(); i++) {
			GroupRelation relation = group.getRelations().get(i);
			relations.add(new RelationView(true, i, relation.toString(), relation.otherGroupId(),
					names.get(relation.otherGroupId()), relation.kind(), relation.since(), relation.until(),
					relation.source()));
		}
		this.jdbc.query("""
				SELECT g.id, g.name, r.kind, r.since, r.until, r.source
				FROM armed_group_relation r JOIN armed_group g ON g.id = r.group_id
				WHERE r.other_group_id = :id ORDER BY g.sort_name""", Map.of("id", id), (rs) -> {
			relations.add(new RelationView(false, -1, null, rs.getLong("id"), rs.getString("name"),
					RelationKind.valueOf(rs.getString("kind")), rs.getObject("since", LocalDate.class),
					rs.getObject("until", LocalDate.class), rs.getString("source")));
		});
		return new GroupDetails(group.getId(), group.toProfile(), List.copyOf(group.getLabels()),
				List.copyOf(group.getPresence()), List.copyOf(group.getCommitments()), relations, group.getCreatedAt(),
				group.getUpdatedAt(), group.getVersion());
	}

	@Transactional(readOnly = true)
	public GroupRef ref(long id) {
		return this.groups.findById(id)
			.map((group) -> new GroupRef(group.getId(), group.getName()))
			.orElseThrow(() -> new ArmedGroupNotFoundException(id));
	}

	/**
	 * Several groups at once, in name order: what other modules show next to their
	 * records (the groups of a page of cases) without reading this module's tables.
	 */
	@Transactional(readOnly = true)
	public List<GroupRef> refs(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("SELECT id, name FROM armed_group WHERE id IN (:ids) ORDER BY sort_name, id",
				Map.of("ids", ids), (rs, n) -> new GroupRef(rs.getLong("id"), rs.getString("name")));
	}

	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return this.groups.existsById(id);
	}

	/**
	 * Groups to choose from in a form: the first matches of a name search, each with the
	 * designations in force (decision 0024), which {@link GroupChoiceLabels} puts in the
	 * option's label.
	 */
	@Transactional(readOnly = true)
	public List<GroupRef> choices(String q, int size) {
		return search(new GroupSearch(q, null, null, null, null, "name"), null, size).items()
			.stream()
			.map((summary) -> new GroupRef(summary.id(), summary.name(), summary.designations()))
			.toList();
	}

	/** The group, the groups related to it either way, and the relations among them. */
	@Transactional(readOnly = true)
	public GroupNetwork network(long id) {
		if (!this.groups.existsById(id)) {
			throw new ArmedGroupNotFoundException(id);
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String neighbourhood = """
				SELECT :id UNION SELECT other_group_id FROM armed_group_relation WHERE group_id = :id
				UNION SELECT group_id FROM armed_group_relation WHERE other_group_id = :id""";
		List<GroupNetwork.Node> nodes = this.jdbc.query(
				"SELECT id, name FROM armed_group WHERE id IN (" + neighbourhood + ") ORDER BY sort_name",
				Map.of("id", id),
				(rs, n) -> new GroupNetwork.Node(rs.getLong("id"), rs.getString("name"), rs.getLong("id") == id));
		List<GroupNetwork.Edge> edges = this.jdbc.query(
				"SELECT group_id, other_group_id, kind, until FROM armed_group_relation WHERE group_id IN ("
						+ neighbourhood + ") AND other_group_id IN (" + neighbourhood + ")",
				Map.of("id", id), (rs, n) -> {
					LocalDate until = rs.getObject("until", LocalDate.class);
					return new GroupNetwork.Edge(rs.getLong("group_id"), rs.getLong("other_group_id"),
							RelationKind.valueOf(rs.getString("kind")), until == null || !until.isBefore(today));
				});
		return new GroupNetwork(nodes, edges);
	}

	private Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("SELECT id, name FROM armed_group WHERE id IN (:ids)", Map.of("ids", ids), (rs) -> {
				names.put(rs.getLong("id"), rs.getString("name"));
			});
		}
		return names;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String stance = rs.getString("stance");
		return new Row(new GroupSummary(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("aliases")),
				strings(rs.getArray("categories")), strings(rs.getArray("countries")),
				(stance != null) ? Stance.valueOf(stance) : null,
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), marks(rs.getArray("designations"))),
				rs.getString("sort_name"));
	}

	private static List<DesignationMark> marks(Array array) throws SQLException {
		return strings(array).stream().map((text) -> {
			String[] parts = text.split(" ");
			return new DesignationMark(DesignationAuthority.valueOf(parts[0]), LocalDate.parse(parts[1]));
		}).toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		List<String> strings = new ArrayList<>(values.length);
		for (Object value : values) {
			strings.add(value.toString().strip());
		}
		return strings;
	}

	private static Instant instant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private record Row(GroupSummary summary, String sortName) {
	}

}
