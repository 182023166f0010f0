package org.parley.negotiation.step.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** One member of the negotiating team. */
@Embeddable
public record TeamMember(@Size(max = 200, message = "{validation.too-long}") @Column(name = "name") String name,
		@Size(max = 200, message = "{validation.too-long}") @Column(name = "role") String role) {

	public boolean blank() {
		return (this.name == null || this.name.isBlank()) && (this.role == null || this.role.isBlank());
	}

	@Override
	public String toString() {
		return this.name + ((this.role != null) ? " (" + this.role + ")" : "");
	}

}
