package org.parley.armedgroup;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A relation from the group that holds it to another group ("splinter of", "rivalry"...),
 * with the period and the source that reports it.
 */
@Embeddable
public record GroupRelation(@Column(name = "other_group_id") Long otherGroupId,
		@Column(name = "kind") @Enumerated(EnumType.STRING) RelationKind kind, @Column(name = "since") LocalDate since,
		@Column(name = "until") LocalDate until, @Column(name = "source") String source) {

	@Override
	public String toString() {
		return this.kind + " ArmedGroup#" + this.otherGroupId + " (" + ((this.since != null) ? this.since : "") + " – "
				+ ((this.until != null) ? this.until : "") + "), source: " + this.source;
	}

}
