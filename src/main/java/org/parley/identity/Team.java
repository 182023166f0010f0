package org.parley.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A country office or mission ("México – Guerrero", "El Salvador"): the unit of
 * need-to-know.
 */
@Entity
@Table(name = "team")
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	private String description;

	/**
	 * An IANA zone name (America/Mexico_City), or null for the organisation's default.
	 */
	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Team() {
	}

	Team(String name, String description, Instant createdAt) {
		this.name = name;
		this.description = description;
		this.createdAt = createdAt;
	}

	void rename(String name, String description) {
		this.name = name;
		this.description = description;
	}

	void moveTo(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public long getVersion() {
		return this.version;
	}

}
