package org.parley.negotiation.search;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.objectives.ObjectivesSheet;
import org.parley.negotiation.step.rounds.NegotiationRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the search index in step with the cases, whatever service writes them: Hibernate
 * tells it of every case, round and objectives sheet written, and before the transaction
 * commits the cases touched are indexed again, in that transaction (so terms and values
 * commit, or roll back, together). One hook rather than a call in every write path.
 * Writes made with SQL (a purge, a rotation) do not pass here: a purge indexes its case
 * itself ({@link org.parley.negotiation.CaseSearch#reindex}); a rotation reseals values
 * without changing them, so their terms stay.
 */
@Component
class CaseIndexListener implements PostInsertEventListener, PostUpdateEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener {

	private static final Logger log = LoggerFactory.getLogger(CaseIndexListener.class);

	/** The case's fields that its terms depend on. */
	private static final Set<String> CASE_FIELDS = Set.of("title", "region", "locality", "classification");

	private final CaseIndexer indexer;

	private final EntityManager entities;

	CaseIndexListener(EntityManagerFactory factory, EntityManager entities, CaseIndexer indexer) {
		this.indexer = indexer;
		this.entities = entities;
		EventListenerRegistry registry = factory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		touched(event.getEntity());
	}

	/**
	 * A case is indexed again when a searched field or its level changed, a round when
	 * any of its fields did (its sealed fields are rewritten only when they change).
	 */
	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (event.getEntity() instanceof NegotiationCase && event.getDirtyProperties() != null) {
			String[] names = event.getPersister().getPropertyNames();
			boolean searched = false;
			for (int dirty : event.getDirtyProperties()) {
				searched |= CASE_FIELDS.contains(names[dirty]);
			}
			if (!searched) {
				return;
			}
		}
		touched(event.getEntity());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		touched(event.getAffectedOwnerOrNull());
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		touched(event.getAffectedOwnerOrNull());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void touched(Object entity) {
		Long caseId = null;
		if (entity instanceof NegotiationCase file) {
			caseId = file.getId();
		}
		else if (entity instanceof NegotiationRound round) {
			caseId = round.caseId();
		}
		else if (entity instanceof ObjectivesSheet sheet) {
			caseId = sheet.caseId();
		}
		if (caseId != null) {
			caseTouched(caseId);
		}
	}

	/** The case is to be indexed again before the current transaction commits. */
	void caseTouched(long caseId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			log.warn("Case {} was written outside a transaction: its search terms were not refreshed", caseId);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<Long> cases = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, cases);
			TransactionSynchronizationManager.registerSynchronization(new Reindex(cases));
			pending = cases;
		}
		pending.add(caseId);
	}

	/** Indexes the touched cases before the transaction commits. */
	private final class Reindex implements TransactionSynchronization {

		private final Set<Long> cases;

		Reindex(Set<Long> cases) {
			this.cases = cases;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			// What is still to be written is written first (and may touch more cases).
			CaseIndexListener.this.entities.flush();
			while (!this.cases.isEmpty()) {
				Long next = this.cases.iterator().next();
				this.cases.remove(next);
				CaseIndexListener.this.indexer.reindex(next);
			}
		}

		/** A transaction started inside this one (requires new) keeps its own cases. */
		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(CaseIndexListener.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(CaseIndexListener.this, this.cases);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CaseIndexListener.this);
		}

	}

}
