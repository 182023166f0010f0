package org.parley.negotiation.step.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of the island-of-agreement worksheet. */
@Embeddable
public record IslandItem(@Enumerated(EnumType.STRING) @Column(name = "quadrant") IslandQuadrant quadrant,
		@Column(name = "text") String text) {

	@Override
	public String toString() {
		return this.quadrant + ": " + this.text;
	}

}
