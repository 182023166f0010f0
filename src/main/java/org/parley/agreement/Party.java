package org.parley.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/**
 * A party to an agreement: the organisation, a group of the registry, or another party.
 */
@Embeddable
public record Party(@Enumerated(EnumType.STRING) @Column(name = "kind") PartyKind kind,
		@Column(name = "group_id") Long groupId,
		@Size(max = 200, message = "{validation.too-long}") @Column(name = "name") String name) {

	public boolean blank() {
		return this.groupId == null && (this.name == null || this.name.isBlank());
	}

	@Override
	public String toString() {
		return this.kind + " " + this.name;
	}

}
