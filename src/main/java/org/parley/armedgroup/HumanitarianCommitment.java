package org.parley.armedgroup;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A humanitarian commitment the group made: a Deed of Commitment, a unilateral
 * declaration, a code of conduct or an agreement with others, with an optional document.
 */
@Embeddable
public record HumanitarianCommitment(@Column(name = "made_on") LocalDate madeOn,
		@Column(name = "kind") @Enumerated(EnumType.STRING) CommitmentKind kind, @Column(name = "theme") String theme,
		@Column(name = "counterpart") String counterpart, @Column(name = "source") String source,
		@Column(name = "document_id") Long documentId) {

	@Override
	public String toString() {
		return this.madeOn + " " + this.kind + " (" + this.theme + ")"
				+ ((this.counterpart != null) ? " with " + this.counterpart : "") + ", source: " + this.source
				+ ((this.documentId != null) ? ", document #" + this.documentId : "");
	}

}
