package org.parley.audit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.persistence.Entity;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.parley.shared.CaseScoped;
import org.parley.shared.RedactedValue;
import org.parley.shared.Replay;
import org.parley.shared.TeamScoped;

/**
 * The mechanism that makes auditing free for every feature: a Hibernate listener that
 * sees every insert, update and delete of every entity, and every change to its
 * collections, and turns them into audit entries: one entry per record per transaction,
 * with old and new values of each changed field, written in the same transaction just
 * before it commits. A feature never calls it.
 */
class AuditingEventListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PreCollectionRecreateEventListener, PreCollectionUpdateEventListener, PreCollectionRemoveEventListener {

	private final AuditWriter writer;

	private final Supplier<List<AuditCaseResolver>> caseResolvers;

	private final Map<SharedSessionContractImplementor, Map<String, PendingEntry>> pending = new ConcurrentHashMap<>();

	/** Entries recorded through {@link AuditLog} while the demo replays the past. */
	private final Map<SharedSessionContractImplementor, List<AuditEntryDraft>> recorded = new ConcurrentHashMap<>();

	private final Set<SharedSessionContractImplementor> registered = ConcurrentHashMap.newKeySet();

	private final Map<Class<?>, Map<String, Field>> fieldsByClass = new ConcurrentHashMap<>();

	AuditingEventListener(AuditWriter writer, Supplier<List<AuditCaseResolver>> caseResolvers) {
		this.writer = writer;
		this.caseResolvers = caseResolvers;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		EntityPersister persister = event.getPersister();
		PendingEntry entry = entryFor(event.getSession(), event.getEntity(), event.getId(), AuditAction.CREATE);
		String[] names = persister.getPropertyNames();
		Object[] state = event.getState();
		for (int i = 0; i < names.length; i++) {
			if (persister.getPropertyTypes()[i].isCollectionType()) {
				continue; // recorded by the collection listeners
			}
			entry.change(names[i], null, state[i]);
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		EntityPersister persister = event.getPersister();
		int[] dirty = event.getDirtyProperties();
		Object[] oldState = event.getOldState();
		Object[] state = event.getState();
		if (dirty == null) {
			return;
		}
		PendingEntry entry = entryFor(event.getSession(), event.getEntity(), event.getId(), AuditAction.UPDATE);
		String[] names = persister.getPropertyNames();
		for (int i : dirty) {
			if (persister.getPropertyTypes()[i].isCollectionType()) {
				continue;
			}
			entry.change(names[i], (oldState != null) ? oldState[i] : null, state[i]);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		EntityPersister persister = event.getPersister();
		PendingEntry entry = entryFor(event.getSession(), event.getEntity(), event.getId(), AuditAction.DELETE);
		String[] names = persister.getPropertyNames();
		Object[] state = event.getDeletedState();
		for (int i = 0; i < names.length; i++) {
			if (!persister.getPropertyTypes()[i].isCollectionType()) {
				entry.change(names[i], state[i], null);
			}
		}
	}

	@Override
	public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
		collectionChanged(event, List.of(), elements(event.getCollection()));
	}

	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		collectionChanged(event, snapshot(event.getCollection()), elements(event.getCollection()));
	}

	@Override
	public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
		// The owner is being deleted: its delete entry says enough.
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void collectionChanged(AbstractCollectionEvent event, Collection<?> before, Collection<?> after) {
		Object owner = event.getAffectedOwnerOrNull();
		if (owner == null) {
			return;
		}
		String role = event.getCollectionPersister().getRole();
		String property = role.substring(role.lastIndexOf('.') + 1);
		PendingEntry entry = entryFor(event.getSession(), owner, event.getAffectedOwnerIdOrNull(), AuditAction.UPDATE);
		entry.change(property, before, after);
	}

	private PendingEntry entryFor(SharedSessionContractImplementor session, Object entity, Object id,
			AuditAction action) {
		registerCompletion(session);
		Map<String, PendingEntry> entries = this.pending.computeIfAbsent(session, (s) -> new LinkedHashMap<>());
		String type = entity.getClass().getSimpleName();
		// Who acts, why and (when the demo replays the past) when are taken as each
		// change
		// is seen: a transaction doing two actions writes one entry per record and
		// action.
		String actor = Actors.current();
		String reason = AuditReason.current();
		Instant moment = Replay.moment().orElse(null);
		String key = type + "#" + id + "#" + actor + "#" + reason + "#" + moment;
		PendingEntry entry = entries.computeIfAbsent(key, (k) -> new PendingEntry(type, Objects.toString(id, null),
				fields(entity.getClass()), actor, reason, moment));
		entry.entity = entity;
		entry.mergeAction(action);
		return entry;
	}

	/**
	 * Sealed with the transaction's other entries, in the order things happened, instead
	 * of at once: used while the demo replays the past in one transaction, so an entry
	 * recorded explicitly does not come before the changes that preceded it.
	 */
	void enqueue(SharedSessionContractImplementor session, AuditEntryDraft draft) {
		registerCompletion(session);
		this.recorded.computeIfAbsent(session, (s) -> new ArrayList<>()).add(draft);
	}

	private void registerCompletion(SharedSessionContractImplementor session) {
		if (!this.registered.add(session)) {
			return;
		}
		session.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) (s) -> flush(s));
		session.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) (success, s) -> {
			this.pending.remove(s);
			this.recorded.remove(s);
			this.registered.remove(s);
		});
	}

	private void flush(SharedSessionContractImplementor session) {
		Map<String, PendingEntry> entries = this.pending.remove(session);
		List<AuditEntryDraft> drafts = new ArrayList<>();
		if (entries == null) {
			entries = Map.of();
		}
		for (PendingEntry entry : entries.values()) {
			if (entry.action != AuditAction.CREATE && entry.action != AuditAction.DELETE && entry.changes.isEmpty()) {
				continue;
			}
			Long teamId = (entry.entity instanceof TeamScoped scoped) ? scoped.teamId() : null;
			drafts.add(new AuditEntryDraft(entry.actor, entry.action, entry.type, entry.id, teamId, entry.changes,
					entry.reason, entry.moment, caseOf(entry.entity)));
		}
		List<AuditEntryDraft> recordedHere = this.recorded.remove(session);
		if (recordedHere != null) {
			drafts.addAll(recordedHere);
		}
		if (!drafts.isEmpty()) {
			session.doWork((connection) -> this.writer.append(connection, drafts));
		}
	}

	private Long caseOf(Object entity) {
		if (entity instanceof CaseScoped scoped) {
			return scoped.caseId();
		}
		for (AuditCaseResolver resolver : this.caseResolvers.get()) {
			Long caseId = resolver.caseOf(entity);
			if (caseId != null) {
				return caseId;
			}
		}
		return null;
	}

	private Map<String, Field> fields(Class<?> type) {
		return this.fieldsByClass.computeIfAbsent(type, (t) -> {
			Map<String, Field> fields = new LinkedHashMap<>();
			for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
				for (Field field : c.getDeclaredFields()) {
					fields.putIfAbsent(field.getName(), field);
				}
			}
			return fields;
		});
	}

	private static Collection<?> elements(PersistentCollection<?> collection) {
		Object value = collection.getValue();
		if (value instanceof Map<?, ?> map) {
			return map.values();
		}
		return (value instanceof Collection<?> c) ? c : List.of();
	}

	private static Collection<?> snapshot(PersistentCollection<?> collection) {
		Object snapshot = collection.getStoredSnapshot();
		if (snapshot instanceof Map<?, ?> map) {
			return map.values();
		}
		return (snapshot instanceof Collection<?> c) ? c : List.of();
	}

	/** Renders a property value as text: entities by id, collections as sorted lists. */
	static String render(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> collection) {
			List<String> items = new ArrayList<>();
			for (Object item : collection) {
				items.add(render(item));
			}
			items.sort(null);
			return items.toString();
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value.getClass().isAnnotationPresent(Entity.class)) {
			return value.getClass().getSimpleName() + "#" + entityId(value);
		}
		return value.toString();
	}

	private static String entityId(Object entity) {
		for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (field.isAnnotationPresent(jakarta.persistence.Id.class)) {
					field.setAccessible(true);
					try {
						return Objects.toString(field.get(entity), "?");
					}
					catch (IllegalAccessException ex) {
						return "?";
					}
				}
			}
		}
		return "?";
	}

	private static final class PendingEntry {

		private final String type;

		private final String id;

		private final Map<String, Field> fields;

		private final TreeMap<String, FieldChange> changes = new TreeMap<>();

		private final String actor;

		private final String reason;

		private final Instant moment;

		private AuditAction action;

		private Object entity;

		PendingEntry(String type, String id, Map<String, Field> fields, String actor, String reason, Instant moment) {
			this.type = type;
			this.id = id;
			this.fields = fields;
			this.actor = actor;
			this.reason = reason;
			this.moment = moment;
		}

		void mergeAction(AuditAction next) {
			if (this.action == null || next == AuditAction.DELETE) {
				this.action = next;
			}
			// CREATE stays CREATE when the new record is touched again in the same
			// transaction.
		}

		void change(String property, Object oldValue, Object newValue) {
			Field field = this.fields.get(property);
			if (field != null && (field.isAnnotationPresent(AuditIgnored.class)
					|| field.isAnnotationPresent(jakarta.persistence.Version.class))) {
				return;
			}
			if (oldValue instanceof RedactedValue || newValue instanceof RedactedValue) {
				// A sealed value: that it changed, never what it held, sealed or not.
				if (!Objects.equals(oldValue, newValue) || this.changes.containsKey(property)) {
					this.changes.put(property, FieldChange.redacted());
				}
				return;
			}
			String oldText = render(oldValue);
			String newText = render(newValue);
			FieldChange earlier = this.changes.get(property);
			if (earlier == null && Objects.equals(oldText, newText)) {
				return;
			}
			if (field != null && field.isAnnotationPresent(AuditRedacted.class)) {
				this.changes.put(property, FieldChange.redacted());
			}
			else {
				if (earlier != null) {
					oldText = earlier.oldValue(); // the value from before the transaction
				}
				if (this.action == AuditAction.CREATE && "[]".equals(oldText)) {
					oldText = null;
				}
				if (Objects.equals(oldText, newText)) {
					this.changes.remove(property);
					return;
				}
				this.changes.put(property, new FieldChange(oldText, newText));
			}
			if (field != null && field.isAnnotationPresent(AuditState.class) && this.action == AuditAction.UPDATE) {
				this.action = AuditAction.STATE_CHANGE;
			}
		}

	}

}
