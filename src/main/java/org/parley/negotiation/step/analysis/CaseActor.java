package org.parley.negotiation.step.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/**
 * An actor of the conflict analysis (a state body, a group, a community, another
 * humanitarian actor) and its relations with the others.
 */
@Embeddable
public record CaseActor(@Enumerated(EnumType.STRING) @Column(name = "kind") ActorKind kind,
		@Size(max = 200, message = "{validation.too-long}") @Column(name = "name") String name,
		@Size(max = 5000, message = "{validation.too-long}") @Column(name = "relations") String relations) {

	public boolean blank() {
		return (this.name == null || this.name.isBlank()) && (this.relations == null || this.relations.isBlank());
	}

	@Override
	public String toString() {
		return this.kind + " " + this.name + ((this.relations != null) ? ": " + this.relations : "");
	}

}
