package org.parley.armedgroup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One authority's listing of a group as terrorist or sanctioned (decision 0024).
 * Corrected under optimistic locking; lifted, never deleted: what the group was when a
 * decision was taken stays readable.
 */
@Entity
@Table(name = "armed_group_designation")
class Designation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id", nullable = false, updatable = false)
	private long groupId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DesignationAuthority authority;

	private String jurisdiction;

	@Column(name = "listing_name", nullable = false)
	private String listingName;

	@Column(name = "listed_on", nullable = false)
	private LocalDate listedOn;

	@Column(nullable = false)
	private String source;

	@Column(name = "lifted_on")
	private LocalDate liftedOn;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected Designation() {
	}

	Designation(long groupId, DesignationInput input, String recordedBy, Instant recordedAt) {
		this.groupId = groupId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		correct(input);
	}

	void correct(DesignationInput input) {
		this.authority = input.authority();
		this.jurisdiction = input.jurisdictionCode();
		this.listingName = input.listingName().strip();
		this.listedOn = input.listedOn();
		this.source = input.source().strip();
		this.liftedOn = input.liftedOn();
	}

	void lift(LocalDate on) {
		this.liftedOn = on;
	}

	DesignationInput input() {
		return new DesignationInput(this.authority, this.jurisdiction, this.listingName, this.listedOn, this.source,
				this.liftedOn);
	}

	DesignationView view(LocalDate today) {
		return new DesignationView(this.id, this.groupId, this.authority, this.jurisdiction, this.listingName,
				this.listedOn, this.source, this.liftedOn, this.recordedBy, this.recordedAt, this.version,
				this.liftedOn == null || this.liftedOn.isAfter(today));
	}

	Long getId() {
		return this.id;
	}

	long getGroupId() {
		return this.groupId;
	}

	LocalDate getListedOn() {
		return this.listedOn;
	}

	long getVersion() {
		return this.version;
	}

}
