package org.parley.armedgroup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.document.Documents;
import org.parley.reference.ReferenceList;
import org.parley.reference.ReferenceLists;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.PlausibleDate;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps armed-group profiles: what field officers and HQ reviewers do to the registry.
 * Every change is audited by the audit listener; the rules live here so that pages and
 * the API apply the same ones.
 */
@Service
public class ArmedGroupRegistry {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final ArmedGroupRepository groups;

	private final ReferenceLists references;

	private final Documents documents;

	private final Clock clock;

	ArmedGroupRegistry(ArmedGroupRepository groups, ReferenceLists references, Documents documents, Clock clock) {
		this.groups = groups;
		this.references = references;
		this.documents = documents;
		this.clock = clock;
	}

	@Transactional
	public long register(GroupProfile profile, CurrentUser user) {
		RegistryPermissions.requireGroupEditor(user);
		check(profile, null);
		return this.groups.save(new ArmedGroup(profile, this.clock.instant())).getId();
	}

	@Transactional
	public void update(long id, long version, GroupProfile profile, CurrentUser user) {
		RegistryPermissions.requireGroupEditor(user);
		// Locked like the row edits: an API update may replace labels and presence, which
		// the version does not cover.
		ArmedGroup group = locked(id);
		ConcurrentEditException.check("ArmedGroup", id, version, group.getVersion());
		check(profile, group);
		group.describe(profile, this.clock.instant());
		this.groups.flush();
	}

	/**
	 * What deserves a second look before saving, without being wrong: an alias that is
	 * another group's name, a name another group already uses.
	 */
	@Transactional(readOnly = true)
	public List<Warning> warnings(Long id, GroupProfile profile) {
		List<Warning> warnings = new ArrayList<>();
		if (profile.name() != null && !profile.name().isBlank()) {
			String folded = SearchText.fold(profile.name());
			for (GroupRef other : this.groups.findNamedLike(Set.of(folded), id)) {
				warnings.add(new Warning("name", "armedgroup.warning.name-taken", other));
			}
			for (Object[] row : this.groups.findByAlias(folded, id)) {
				warnings.add(new Warning("name", "armedgroup.warning.name-is-alias",
						new GroupRef(((Number) row[0]).longValue(), (String) row[1])));
			}
		}
		for (int i = 0; i < profile.aliases().size(); i++) {
			String folded = SearchText.fold(profile.aliases().get(i));
			for (GroupRef other : this.groups.findNamedLike(Set.of(folded), id)) {
				warnings.add(new Warning("aliases", "armedgroup.warning.alias-is-name", other));
			}
		}
		return warnings;
	}

	@Transactional
	public void addLabel(long id, GroupLabel label, CurrentUser user) {
		RegistryPermissions.requireGroupEditor(user);
		locked(id).addLabel(new GroupLabel(label.label().strip(), label.source().strip()), this.clock.instant());
	}

	@Transactional
	public void addPresence(long id, Presence area, CurrentUser user) {
		RegistryPermissions.requireGroupEditor(user);
		checkPresence(area, "");
		locked(id).addPresence(new Presence(area.country(), Text.blankToNull(area.region()),
				Text.blankToNull(area.locality()), area.control(), area.since()), this.clock.instant());
	}

	@Transactional
	public void addCommitment(long id, CommitmentInput input, MultipartFile document, CurrentUser user) {
		RegistryPermissions.requireGroupEditor(user);
		notInFuture(input.madeOn(), "madeOn");
		this.references.requireUsable(ReferenceList.COMMITMENT_THEME, Set.of(input.theme()), Set.of(), "theme");
		ArmedGroup group = locked(id);
		Long documentId = null;
		if (document != null && !document.isEmpty()) {
			// A group's public commitments are shared context, like the group itself.
			documentId = this.documents.store(document, "document", null, user);
		}
		group.addCommitment(
				new HumanitarianCommitment(input.madeOn(), input.kind(), input.theme(),
						Text.blankToNull(input.counterpart()), input.source().strip(), documentId),
				this.clock.instant());
	}

	@Transactional
	public void addRelation(long id, RelationInput input, CurrentUser user) {
		RegistryPermissions.requireGroupEditor(user);
		if (input.otherGroupId().longValue() == id) {
			throw new RuleViolation("otherGroupId", "armedgroup.relation.self");
		}
		if (!this.groups.existsById(input.otherGroupId())) {
			throw new RuleViolation("otherGroupId", "armedgroup.relation.unknown-group");
		}
		notInFuture(input.since(), "since");
		if (input.since() != null && input.until() != null && input.until().isBefore(input.since())) {
			throw new RuleViolation("until", "validation.date.before-start");
		}
		locked(id).addRelation(new GroupRelation(input.otherGroupId(), input.kind(), input.since(), input.until(),
				input.source().strip()), this.clock.instant());
	}

	/**
	 * Removes one row of a section, if it is still the row the user saw.
	 * @param expected the row's text as the page showed it
	 */
	@Transactional
	public void removeRow(long id, ArmedGroup.Section section, int index, String expected, CurrentUser user) {
		RegistryPermissions.requireGroupEditor(user);
		if (!locked(id).removeRow(section, index, expected, this.clock.instant())) {
			throw new RuleViolation(null, "armedgroup.row.changed");
		}
	}

	private void check(GroupProfile profile, ArmedGroup current) {
		if (profile.sizeMin() != null && profile.sizeMax() != null && profile.sizeMin() > profile.sizeMax()) {
			throw new RuleViolation("sizeMax", "armedgroup.size.range");
		}
		this.references.requireUsable(ReferenceList.GROUP_CATEGORY, profile.categories(),
				(current != null) ? current.getCategories() : Set.of(), "categories");
		this.references.requireUsable(ReferenceList.TACTIC, profile.tactics(),
				(current != null) ? current.getTactics() : Set.of(), "tactics");
		this.references.requireUsable(ReferenceList.REVENUE_SOURCE, profile.revenueSources(),
				(current != null) ? current.getRevenueSources() : Set.of(), "revenueSources");
		if (profile.presence() != null) {
			for (int i = 0; i < profile.presence().size(); i++) {
				checkPresence(profile.presence().get(i), "presence[" + i + "].");
			}
		}
	}

	private void checkPresence(Presence area, String prefix) {
		if (!COUNTRIES.contains(area.country())) {
			throw new RuleViolation(prefix + "country", "armedgroup.country.invalid");
		}
		notInFuture(area.since(), prefix + "since");
	}

	private void notInFuture(LocalDate date, String field) {
		if (date != null && date.isAfter(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(1))) {
			throw new RuleViolation(field, "validation.date.future");
		}
	}

	private ArmedGroup locked(long id) {
		return this.groups.findForUpdate(id).orElseThrow(() -> new ArmedGroupNotFoundException(id));
	}

	/** Something worth a second look before saving. */
	public record Warning(String field, String messageKey, GroupRef other) {
	}

	/** A humanitarian commitment as the user enters it. */
	public record CommitmentInput(@NotNull(message = "{validation.required}") @PlausibleDate LocalDate madeOn,
			@NotNull(message = "{validation.required}") CommitmentKind kind,
			@NotBlank(message = "{validation.required}") String theme,
			@Size(max = 200, message = "{validation.too-long}") String counterpart,
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.too-long}") String source) {
	}

	/** A relation to another group as the user enters it. */
	public record RelationInput(@NotNull(message = "{armedgroup.relation.choose-group}") Long otherGroupId,
			@NotNull(message = "{validation.required}") RelationKind kind, @PlausibleDate LocalDate since,
			@PlausibleDate LocalDate until, @NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.too-long}") String source) {
	}

}
