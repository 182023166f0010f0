package org.parley.armedgroup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The designations and sanctions of armed groups (decision 0024): HQ reviewers and
 * administrators record, correct and lift them; everyone who reads the registry reads
 * them, and the internal decision of a case that engages a designated group names them.
 * Every change is audited by the audit listener.
 */
@Service
public class ArmedGroupDesignations {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final DesignationRepository designations;

	private final ArmedGroupRepository groups;

	private final Clock clock;

	ArmedGroupDesignations(DesignationRepository designations, ArmedGroupRepository groups, Clock clock) {
		this.designations = designations;
		this.groups = groups;
		this.clock = clock;
	}

	/** A group's designations, the latest listing first, lifted ones included. */
	@Transactional(readOnly = true)
	public List<DesignationView> of(long groupId) {
		if (!this.groups.existsById(groupId)) {
			throw new ArmedGroupNotFoundException(groupId);
		}
		LocalDate today = today();
		return this.designations.findByGroupIdOrderByListedOnDescIdAsc(groupId)
			.stream()
			.map((d) -> d.view(today))
			.toList();
	}

	/**
	 * The designations in force today of the given groups, by group, for the groups that
	 * have any.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<DesignationView>> active(Collection<Long> groupIds) {
		Map<Long, List<DesignationView>> active = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return active;
		}
		LocalDate today = today();
		for (Designation designation : this.designations.findByGroupIdInOrderByListedOnDescIdAsc(groupIds)) {
			DesignationView view = designation.view(today);
			if (view.active()) {
				active.computeIfAbsent(view.groupId(), (k) -> new java.util.ArrayList<>()).add(view);
			}
		}
		return active;
	}

	/** One designation of the group, as its correction form starts. */
	@Transactional(readOnly = true)
	public DesignationView get(long groupId, long designationId) {
		return find(groupId, designationId).view(today());
	}

	@Transactional
	public long add(long groupId, DesignationInput input, CurrentUser user) {
		RegistryPermissions.requireDesignationEditor(user);
		if (!this.groups.existsById(groupId)) {
			throw new ArmedGroupNotFoundException(groupId);
		}
		check(input);
		return this.designations.save(new Designation(groupId, input, user.username(), this.clock.instant())).getId();
	}

	/** Corrects what was recorded, if it is still the version the user saw. */
	@Transactional
	public void correct(long groupId, long designationId, long version, DesignationInput input, CurrentUser user) {
		RegistryPermissions.requireDesignationEditor(user);
		Designation designation = find(groupId, designationId);
		ConcurrentEditException.check("Designation", designationId, version, designation.getVersion());
		check(input);
		designation.correct(input);
		this.designations.flush();
	}

	/** Records that the listing was lifted on the given day. */
	@Transactional
	public void lift(long groupId, long designationId, long version, LocalDate on, CurrentUser user) {
		RegistryPermissions.requireDesignationEditor(user);
		Designation designation = find(groupId, designationId);
		ConcurrentEditException.check("Designation", designationId, version, designation.getVersion());
		if (on == null) {
			throw new RuleViolation("liftedOn", "validation.required");
		}
		DesignationInput input = designation.input();
		check(new DesignationInput(input.authority(), input.jurisdiction(), input.listingName(), input.listedOn(),
				input.source(), on));
		designation.lift(on);
		this.designations.flush();
	}

	private void check(DesignationInput input) {
		String jurisdiction = input.jurisdictionCode();
		if (jurisdiction != null && !COUNTRIES.contains(jurisdiction)) {
			throw new RuleViolation("jurisdiction", "armedgroup.country.invalid");
		}
		notInFuture(input.listedOn(), "listedOn");
		notInFuture(input.liftedOn(), "liftedOn");
		if (input.liftedOn() != null && input.listedOn() != null && input.liftedOn().isBefore(input.listedOn())) {
			throw new RuleViolation("liftedOn", "armedgroup.designation.lifted-before-listed");
		}
	}

	private void notInFuture(LocalDate date, String field) {
		if (date != null && date.isAfter(today().plusDays(1))) {
			throw new RuleViolation(field, "validation.date.future");
		}
	}

	private Designation find(long groupId, long designationId) {
		// A designation of another group is not found: ids are not guessed across groups.
		return this.designations.findById(designationId)
			.filter((d) -> d.getGroupId() == groupId)
			.orElseThrow(() -> new DesignationNotFoundException(designationId));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
