package org.parley.armedgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * How an institution labels the group ("UNODC 2011: organized criminal group"). The same
 * group is a rebel movement to one source and organised crime to another, so every label
 * carries its source.
 */
@Embeddable
public record GroupLabel(
		@Column(name = "label") @NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String label,
		@Column(name = "source") @NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.too-long}") String source) {

	@Override
	public String toString() {
		return this.source + ": " + this.label;
	}

}
