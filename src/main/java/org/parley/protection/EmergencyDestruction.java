package org.parley.protection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.parley.audit.Actors;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.FieldChange;
import org.parley.protection.keys.ColumnWalker;
import org.parley.protection.keys.DataKeyRow;
import org.parley.protection.keys.DataKeyStore;
import org.parley.protection.keys.DestructionRow;
import org.parley.protection.keys.DestructionStore;
import org.parley.protection.keys.Keyring;
import org.parley.protection.keys.ProtectionProperties;
import org.parley.protection.keys.SealedColumnRegistry;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency destruction of a team's strictly confidential data (an office about to be
 * raided): an administrator starts it with a reason; another administrator confirms it,
 * typing the team's name, before the deadline ({@code
 * parley.protection.destruction.confirm-within}); the team's
 * {@link KeyPurpose#TEAM_STRICT} data key is then destroyed (its wrapped keyset
 * overwritten), so that every value it sealed, in whatever column, reads "destroyed on"
 * and the date from then on. The rows, the team's other keys and the audit chain are not
 * touched; the team's next strictly confidential value is sealed under a new key. The act
 * is recorded (who started it, who confirmed it, when, how many values per column) and
 * every step is in the audit log.
 */
@Service
public class EmergencyDestruction {

	private static final Logger log = LoggerFactory.getLogger(EmergencyDestruction.class);

	private static final String ENTITY = "KeyDestruction";

	private final DestructionStore store;

	private final DataKeyStore dataKeys;

	private final Keyring keyring;

	private final SealedColumnRegistry registry;

	private final ColumnWalker walker;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<KeyOwnerNames> owners;

	private final ProtectionProperties properties;

	private final Clock clock;

	EmergencyDestruction(DestructionStore store, DataKeyStore dataKeys, Keyring keyring, SealedColumnRegistry registry,
			ColumnWalker walker, AuditLog auditLog, ApplicationEventPublisher events,
			ObjectProvider<KeyOwnerNames> owners, ProtectionProperties properties, Clock clock) {
		this.store = store;
		this.dataKeys = dataKeys;
		this.keyring = keyring;
		this.registry = registry;
		this.walker = walker;
		this.auditLog = auditLog;
		this.events = events;
		this.owners = owners;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The teams that have strictly confidential data to destroy (a live strictly
	 * confidential key), by name.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> teams(CurrentUser user) {
		requireAdmin(user);
		List<Long> ids = this.dataKeys.all()
			.stream()
			.filter((row) -> row.purpose() == KeyPurpose.TEAM_STRICT && !row.destroyed())
			.map(DataKeyRow::teamId)
			.toList();
		Map<Long, String> names = names(ids);
		Map<Long, String> teams = new LinkedHashMap<>();
		ids.stream()
			.sorted((a, b) -> names.getOrDefault(a, a.toString()).compareTo(names.getOrDefault(b, b.toString())))
			.forEach((id) -> teams.put(id, names.getOrDefault(id, id.toString())));
		return teams;
	}

	/** The requests waiting for a second administrator (or past their deadline). */
	@Transactional(readOnly = true)
	public List<DestructionView> pending(CurrentUser user) {
		requireAdmin(user);
		return views(this.store.pending());
	}

	/** The latest requests, whatever became of them, the newest first. */
	@Transactional(readOnly = true)
	public List<DestructionView> history(CurrentUser user, int limit) {
		requireAdmin(user);
		return views(this.store.recent(limit));
	}

	/** One request. */
	@Transactional(readOnly = true)
	public DestructionView get(long id, CurrentUser user) {
		requireAdmin(user);
		return views(List.of(this.store.find(id).orElseThrow(() -> new DestructionNotFoundException(id)))).get(0);
	}

	/**
	 * Starts the destruction of the team's strictly confidential key: it waits for
	 * another administrator until the deadline. The other administrators are told.
	 * @return the request's id
	 * @throws RuleViolation without a reason, when the team has no strictly confidential
	 * data, or when a request for it is waiting already
	 */
	@Transactional(noRollbackFor = RuleViolation.class)
	public long start(Long teamId, String reason, CurrentUser user) {
		requireAdmin(user);
		String why = (reason != null) ? reason.strip() : "";
		if (teamId == null) {
			throw new RuleViolation("teamId", "protection.destruction.team-required");
		}
		if (why.isEmpty()) {
			throw new RuleViolation("reason", "protection.destruction.reason-required");
		}
		if (why.length() > 2000) {
			throw new RuleViolation("reason", "protection.destruction.reason-too-long");
		}
		Instant now = this.clock.instant();
		expire(now);
		DataKeyRow key = this.dataKeys.find(teamId, KeyPurpose.TEAM_STRICT)
			.orElseThrow(() -> new RuleViolation("teamId", "protection.destruction.nothing-to-destroy"));
		Instant before = now.plus(this.properties.destruction().confirmWithin());
		long id;
		try {
			id = this.store.start(teamId, key.id(), why, user.username(), now, before);
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("teamId", "protection.destruction.already-pending");
		}
		Map<String, FieldChange> changes = new TreeMap<>();
		changes.put("state", new FieldChange(null, "PENDING"));
		changes.put("dataKey", new FieldChange(null, Long.toString(key.id())));
		changes.put("confirmBefore", new FieldChange(null, before.toString()));
		this.auditLog.record(user.username(), AuditAction.STATE_CHANGE, ENTITY, Long.toString(id), teamId, changes,
				why);
		this.events.publishEvent(new KeyDestructionRequested(id, teamId, user.id(), before));
		log.warn("Emergency destruction {} of the strictly confidential key {} of team {} started by {}; "
				+ "to be confirmed before {}", id, key.id(), teamId, user.username(), before);
		return id;
	}

	/**
	 * Confirms a request: the key is destroyed at once. Only another administrator than
	 * the one who started it, before its deadline, typing the team's name.
	 * @return how many values were destroyed
	 * @throws RuleViolation when the same administrator confirms, the typed name is not
	 * the team's, the request is no longer pending, or its deadline has passed (it is
	 * then marked expired)
	 */
	@Transactional(noRollbackFor = RuleViolation.class)
	public long confirm(long id, String typedTeamName, CurrentUser user) {
		requireAdmin(user);
		Instant now = this.clock.instant();
		DestructionRow request = pending(id, now);
		if (request.startedBy().equals(user.username())) {
			throw new RuleViolation(null, "protection.destruction.same-administrator");
		}
		String name = teamName(request.teamId());
		if (typedTeamName == null || !typedTeamName.strip().equals(name)) {
			throw new RuleViolation("confirmation", "protection.destruction.confirmation-mismatch");
		}
		DataKeyRow key = this.dataKeys.lock(request.dataKeyId()).orElseThrow();
		Map<String, Long> counts = new TreeMap<>();
		long total = 0;
		for (SealedColumn column : this.registry.columns()) {
			long count = this.walker.countSealedUnder(column, key.id());
			if (count > 0) {
				counts.put(column.place(), count);
				total += count;
			}
		}
		this.dataKeys.destroy(key.id(), now);
		this.keyring.forgetAfterCommit(key.id());
		this.store.confirmed(id, user.username(), now, counts, total);
		Map<String, FieldChange> changes = new TreeMap<>();
		changes.put("state", new FieldChange("PENDING", "DONE"));
		changes.put("valuesDestroyed", new FieldChange(null, Long.toString(total)));
		changes.put("destroyedValues", new FieldChange(null, counts.toString()));
		this.auditLog.record(user.username(), AuditAction.STATE_CHANGE, ENTITY, Long.toString(id), request.teamId(),
				changes, request.reason());
		this.auditLog.record(user.username(), AuditAction.UPDATE, "DataKey", Long.toString(key.id()), request.teamId(),
				Map.of("destroyedAt", new FieldChange(null, now.toString())), "emergency destruction " + id);
		log.warn(
				"Emergency destruction {}: the strictly confidential key {} of team {} was destroyed "
						+ "(started by {}, confirmed by {}); {} values no longer open",
				id, key.id(), request.teamId(), request.startedBy(), user.username(), total);
		return total;
	}

	/**
	 * The request, locked, while it waits for a confirmation.
	 * @throws RuleViolation when it no longer waits, or its deadline passed (it is then
	 * marked expired)
	 */
	private DestructionRow pending(long id, Instant now) {
		DestructionRow request = this.store.lock(id).orElseThrow(() -> new DestructionNotFoundException(id));
		if (request.pending() && !now.isBefore(request.confirmBefore())) {
			expire(now);
			throw new RuleViolation(null, "protection.destruction.expired");
		}
		if (!request.pending()) {
			throw new RuleViolation(null, "protection.destruction.not-pending");
		}
		return request;
	}

	/** Withdraws a pending request (either administrator). */
	@Transactional(noRollbackFor = RuleViolation.class)
	public void cancel(long id, CurrentUser user) {
		requireAdmin(user);
		Instant now = this.clock.instant();
		DestructionRow request = pending(id, now);
		this.store.cancelled(id, user.username(), now);
		this.auditLog.record(user.username(), AuditAction.STATE_CHANGE, ENTITY, Long.toString(id), request.teamId(),
				Map.of("state", new FieldChange("PENDING", "CANCELLED")), null);
		log.warn("Emergency destruction {} of team {} cancelled by {}", id, request.teamId(), user.username());
	}

	/** Marks expired, in the audit log too, the requests past their deadline. */
	private void expire(Instant now) {
		for (DestructionRow row : this.store.expire(now)) {
			this.auditLog.record(Actors.SYSTEM, AuditAction.STATE_CHANGE, ENTITY, Long.toString(row.id()), row.teamId(),
					Map.of("state", new FieldChange("PENDING", "EXPIRED")), null);
		}
	}

	private List<DestructionView> views(List<DestructionRow> rows) {
		Map<Long, String> names = names(rows.stream().map(DestructionRow::teamId).toList());
		Instant now = this.clock.instant();
		List<DestructionView> views = new ArrayList<>();
		for (DestructionRow r : rows) {
			DestructionView.State state = DestructionView.State.valueOf(r.state());
			if (state == DestructionView.State.PENDING && !now.isBefore(r.confirmBefore())) {
				state = DestructionView.State.EXPIRED;
			}
			views.add(new DestructionView(r.id(), r.teamId(), names.get(r.teamId()), r.dataKeyId(), state, r.reason(),
					r.startedBy(), r.startedAt(), r.confirmBefore(), r.confirmedBy(), r.confirmedAt(), r.cancelledBy(),
					r.cancelledAt(), (r.destroyedValues() != null) ? new TreeMap<>(r.destroyedValues()) : Map.of(),
					r.valuesDestroyed()));
		}
		return views;
	}

	private String teamName(long teamId) {
		return names(List.of(teamId)).getOrDefault(teamId, Long.toString(teamId));
	}

	private Map<Long, String> names(List<Long> teamIds) {
		Set<Long> ids = new HashSet<>();
		teamIds.stream().filter((id) -> id != null).forEach(ids::add);
		KeyOwnerNames source = this.owners.getIfAvailable();
		return (source == null || ids.isEmpty()) ? Map.of() : source.names(ids);
	}

	private static void requireAdmin(CurrentUser user) {
		if (user == null || !user.hasRole("ADMIN")) {
			throw new AccessDeniedException("Only administrators destroy keys");
		}
	}

}
