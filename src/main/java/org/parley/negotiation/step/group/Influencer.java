package org.parley.negotiation.step.group;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/**
 * A person (a code name is enough) who weighs on the counterpart's decision: one node of
 * the network map.
 */
@Embeddable
public record Influencer(@Size(max = 200, message = "{validation.too-long}") @Column(name = "name") String name,
		@Size(max = 300, message = "{validation.too-long}") @Column(name = "role") String role,
		@Enumerated(EnumType.STRING) @Column(name = "influence") Influence influence,
		@Enumerated(EnumType.STRING) @Column(name = "disposition") Disposition disposition,
		@Size(max = 5000, message = "{validation.too-long}") @Column(name = "notes") String notes) {

	public boolean blank() {
		return (this.name == null || this.name.isBlank()) && (this.role == null || this.role.isBlank())
				&& (this.notes == null || this.notes.isBlank());
	}

	@Override
	public String toString() {
		return this.name + " (" + this.role + ", " + this.influence + ", " + this.disposition + ")";
	}

}
