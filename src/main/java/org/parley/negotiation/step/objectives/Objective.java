package org.parley.negotiation.step.objectives;

import org.parley.negotiation.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/**
 * What the organisation wants from the negotiation, how much, and the least it accepts.
 */
@Embeddable
public record Objective(@Size(max = 2000, message = "{validation.too-long}") @Column(name = "text") String text,
		@Enumerated(EnumType.STRING) @Column(name = "priority") Priority priority,
		@Size(max = 5000, message = "{validation.too-long}") @Column(name = "bottom_line") String bottomLine) {

	public boolean blank() {
		return (this.text == null || this.text.isBlank()) && (this.bottomLine == null || this.bottomLine.isBlank());
	}

	@Override
	public String toString() {
		return this.text + " [" + this.priority + "]" + ((this.bottomLine != null) ? " / " + this.bottomLine : "");
	}

}
