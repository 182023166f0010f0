package org.parley.audit;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import org.springframework.stereotype.Component;

/**
 * Plugs {@link AuditingEventListener} into Hibernate when the application starts.
 */
@Component
class AuditListenerRegistration {

	private final AuditingEventListener listener;

	AuditListenerRegistration(EntityManagerFactory entityManagerFactory, AuditWriter writer,
			org.springframework.beans.factory.ObjectProvider<AuditCaseResolver> resolvers) {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		this.listener = new AuditingEventListener(writer, () -> resolvers.orderedStream().toList());
		registry.appendListeners(EventType.POST_INSERT, this.listener);
		registry.appendListeners(EventType.POST_UPDATE, this.listener);
		registry.appendListeners(EventType.POST_DELETE, this.listener);
		registry.appendListeners(EventType.PRE_COLLECTION_RECREATE, this.listener);
		registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, this.listener);
		registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, this.listener);
	}

	AuditingEventListener listener() {
		return this.listener;
	}

}
