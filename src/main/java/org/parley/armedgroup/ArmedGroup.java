package org.parley.armedgroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.shared.Text;
import org.parley.audit.AuditIgnored;

/**
 * An armed group's profile. The profile fields, aliases and taxonomy codes are edited
 * together under optimistic locking; labels, presence, commitments and relations are
 * edited one row at a time under a row lock (see {@link ArmedGroupRegistry}), so adding a
 * label does not make a colleague's profile edit fail.
 */
@Entity
@Table(name = "armed_group")
class ArmedGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@AuditIgnored
	@Column(name = "search_text", nullable = false)
	private String searchText;

	@AuditIgnored
	@Column(name = "sort_name", nullable = false)
	private String sortName;

	@ElementCollection
	@CollectionTable(name = "armed_group_alias", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "alias")
	private Set<String> aliases = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "armed_group_category", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "code")
	private Set<String> categories = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "armed_group_tactic", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "code")
	private Set<String> tactics = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "armed_group_revenue_source", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "code")
	private Set<String> revenueSources = new LinkedHashSet<>();

	private String description;

	@Enumerated(EnumType.STRING)
	private Structure structure;

	@Column(name = "size_min")
	private Integer sizeMin;

	@Column(name = "size_max")
	private Integer sizeMax;

	private String leadership;

	private String cohesion;

	@Column(name = "interests_economic")
	private String interestsEconomic;

	@Column(name = "interests_political")
	private String interestsPolitical;

	@Column(name = "interests_social")
	private String interestsSocial;

	@Enumerated(EnumType.STRING)
	@Column(name = "state_relation")
	private StateRelation stateRelation;

	@Column(name = "state_relation_notes")
	private String stateRelationNotes;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_status")
	private LegalStatus legalStatus;

	@Column(name = "legal_status_source")
	private String legalStatusSource;

	@Column(name = "legal_status_reasoning")
	private String legalStatusReasoning;

	@Enumerated(EnumType.STRING)
	private Stance stance;

	@Column(name = "stance_evidence")
	private String stanceEvidence;

	@Enumerated(EnumType.STRING)
	private Strategy strategy;

	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "armed_group_label", joinColumns = @JoinColumn(name = "group_id"))
	private List<GroupLabel> labels = new ArrayList<>();

	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "armed_group_presence", joinColumns = @JoinColumn(name = "group_id"))
	private List<Presence> presence = new ArrayList<>();

	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "armed_group_commitment", joinColumns = @JoinColumn(name = "group_id"))
	private List<HumanitarianCommitment> commitments = new ArrayList<>();

	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "armed_group_relation", joinColumns = @JoinColumn(name = "group_id"))
	private List<GroupRelation> relations = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ArmedGroup() {
	}

	ArmedGroup(GroupProfile profile, Instant now) {
		this.createdAt = now;
		describe(profile, now);
	}

	/** Replaces the profile with what the user wrote. */
	void describe(GroupProfile profile, Instant now) {
		this.name = profile.name();
		this.aliases.retainAll(profile.aliases());
		this.aliases.addAll(profile.aliases());
		replace(this.categories, profile.categories());
		replace(this.tactics, profile.tactics());
		replace(this.revenueSources, profile.revenueSources());
		this.description = Text.blankToNull(profile.description());
		this.structure = profile.structure();
		this.sizeMin = profile.sizeMin();
		this.sizeMax = profile.sizeMax();
		this.leadership = Text.blankToNull(profile.leadership());
		this.cohesion = Text.blankToNull(profile.cohesion());
		this.interestsEconomic = Text.blankToNull(profile.interestsEconomic());
		this.interestsPolitical = Text.blankToNull(profile.interestsPolitical());
		this.interestsSocial = Text.blankToNull(profile.interestsSocial());
		this.stateRelation = profile.stateRelation();
		this.stateRelationNotes = Text.blankToNull(profile.stateRelationNotes());
		this.legalStatus = profile.legalStatus();
		this.legalStatusSource = Text.blankToNull(profile.legalStatusSource());
		this.legalStatusReasoning = Text.blankToNull(profile.legalStatusReasoning());
		this.stance = profile.stance();
		this.stanceEvidence = Text.blankToNull(profile.stanceEvidence());
		this.strategy = profile.strategy();
		if (profile.labels() != null) {
			this.labels.clear();
			this.labels.addAll(profile.labels());
		}
		if (profile.presence() != null) {
			this.presence.clear();
			this.presence.addAll(profile.presence());
		}
		touch(now);
	}

	void addLabel(GroupLabel label, Instant now) {
		this.labels.add(label);
		touch(now);
	}

	void addPresence(Presence area, Instant now) {
		this.presence.add(area);
		touch(now);
	}

	void addCommitment(HumanitarianCommitment commitment, Instant now) {
		this.commitments.add(commitment);
		touch(now);
	}

	void addRelation(GroupRelation relation, Instant now) {
		this.relations.add(relation);
		touch(now);
	}

	/**
	 * Removes the row at {@code index} if it is still the row the user saw (identified by
	 * its text); returns false when the list has changed meanwhile.
	 */
	boolean removeRow(Section section, int index, String expected, Instant now) {
		List<?> rows = switch (section) {
			case LABELS -> this.labels;
			case PRESENCE -> this.presence;
			case COMMITMENTS -> this.commitments;
			case RELATIONS -> this.relations;
		};
		if (index < 0 || index >= rows.size() || !Objects.equals(rows.get(index).toString(), expected)) {
			return false;
		}
		rows.remove(index);
		touch(now);
		return true;
	}

	private void touch(Instant now) {
		this.updatedAt = now;
		this.sortName = SearchText.fold(this.name);
		StringBuilder text = new StringBuilder(this.sortName);
		for (String alias : this.aliases) {
			text.append('\n').append(SearchText.fold(alias));
		}
		this.searchText = text.toString();
	}

	private static void replace(Set<String> target, Set<String> values) {
		target.retainAll(values);
		target.addAll(values);
	}

	/** The row lists of a group that are edited one row at a time. */
	enum Section {

		LABELS, PRESENCE, COMMITMENTS, RELATIONS

	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	Set<String> getAliases() {
		return this.aliases;
	}

	Set<String> getCategories() {
		return this.categories;
	}

	Set<String> getTactics() {
		return this.tactics;
	}

	Set<String> getRevenueSources() {
		return this.revenueSources;
	}

	String getDescription() {
		return this.description;
	}

	Structure getStructure() {
		return this.structure;
	}

	Integer getSizeMin() {
		return this.sizeMin;
	}

	Integer getSizeMax() {
		return this.sizeMax;
	}

	String getLeadership() {
		return this.leadership;
	}

	String getCohesion() {
		return this.cohesion;
	}

	String getInterestsEconomic() {
		return this.interestsEconomic;
	}

	String getInterestsPolitical() {
		return this.interestsPolitical;
	}

	String getInterestsSocial() {
		return this.interestsSocial;
	}

	StateRelation getStateRelation() {
		return this.stateRelation;
	}

	String getStateRelationNotes() {
		return this.stateRelationNotes;
	}

	LegalStatus getLegalStatus() {
		return this.legalStatus;
	}

	String getLegalStatusSource() {
		return this.legalStatusSource;
	}

	String getLegalStatusReasoning() {
		return this.legalStatusReasoning;
	}

	Stance getStance() {
		return this.stance;
	}

	String getStanceEvidence() {
		return this.stanceEvidence;
	}

	Strategy getStrategy() {
		return this.strategy;
	}

	List<GroupLabel> getLabels() {
		return this.labels;
	}

	List<Presence> getPresence() {
		return this.presence;
	}

	List<HumanitarianCommitment> getCommitments() {
		return this.commitments;
	}

	List<GroupRelation> getRelations() {
		return this.relations;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

	GroupProfile toProfile() {
		return new GroupProfile(this.name, new ArrayList<>(this.aliases), Set.copyOf(this.categories),
				Set.copyOf(this.tactics), Set.copyOf(this.revenueSources), this.description, this.structure,
				this.sizeMin, this.sizeMax, this.leadership, this.cohesion, this.interestsEconomic,
				this.interestsPolitical, this.interestsSocial, this.stateRelation, this.stateRelationNotes,
				this.legalStatus, this.legalStatusSource, this.legalStatusReasoning, this.stance, this.stanceEvidence,
				this.strategy, null, null);
	}

}
