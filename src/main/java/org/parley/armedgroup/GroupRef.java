package org.parley.armedgroup;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A group as other records point at it: its id and name, and where it is offered as a
 * choice, the designations in force that the choice shows (decision 0024). Two refs to
 * the same group are equal whether or not they carry the designations.
 */
public record GroupRef(long id, String name,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<DesignationMark> designations) {

	public GroupRef {
		designations = (designations != null) ? List.copyOf(designations) : List.of();
	}

	public GroupRef(long id, String name) {
		this(id, name, List.of());
	}

	/** Whether an authority designates the group today. */
	public boolean designated() {
		return !this.designations.isEmpty();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GroupRef ref && ref.id == this.id && Objects.equals(ref.name, this.name);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.name);
	}

}
