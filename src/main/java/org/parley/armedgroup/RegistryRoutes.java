package org.parley.armedgroup;

import org.parley.shared.CurrentUser;
import org.parley.shared.web.Route;
import org.parley.shared.web.RouteGuard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The registry's rules at the door: field officers and HQ reviewers edit armed groups, HQ
 * reviewers and administrators their designations (and see the forms for them); a group
 * that does not exist is not found; an interlocutor the user may not know of is not
 * found; only the team's field officers record and edit its interlocutors (those who may
 * see one may ask to reveal it). The same rules as {@link RegistryPermissions}, before
 * the body is read. A strictly confidential one is not found for whoever may not read it,
 * except that an auditor may see that it exists (decision 0022); only the team's HQ
 * reviewers who may read it change its level.
 */
@Component
class RegistryRoutes implements RouteGuard {

	private final ArmedGroupRepository groups;

	private final InterlocutorRepository interlocutors;

	private final InterlocutorRegistry registry;

	RegistryRoutes(ArmedGroupRepository groups, InterlocutorRepository interlocutors, InterlocutorRegistry registry) {
		this.groups = groups;
		this.interlocutors = interlocutors;
		this.registry = registry;
	}

	@Override
	public void check(Route route, CurrentUser user) {
		if (route.under("/armed-groups/**")) {
			if (route.acts() && route.under("/armed-groups/{id}/designations/**")) {
				RegistryPermissions.requireDesignationEditor(user);
			}
			else if (route.write()) {
				RegistryPermissions.requireGroupEditor(user);
			}
			if (route.has("id") && !this.groups.existsById(route.id("id"))) {
				throw new ArmedGroupNotFoundException(route.id("id"));
			}
		}
		else if (route.write() && route.path().equals("/interlocutors")
				&& this.registry.recordingTeams(user).isEmpty()) {
			throw new AccessDeniedException("Only field officers record interlocutors");
		}
		else if (route.has("id") && route.under("/interlocutors/{id}/**")) {
			long id = route.id("id");
			Interlocutor interlocutor = this.interlocutors.findById(id)
				.filter((found) -> RegistryPermissions.canSeeInterlocutor(user, found.teamId(),
						found.getClassification(), found.namedReviewerIds()))
				.orElseThrow(() -> new InterlocutorNotFoundException(id));
			boolean reads = RegistryPermissions.canReadInterlocutor(user, interlocutor.teamId(),
					interlocutor.getClassification(), interlocutor.namedReviewerIds());
			if (route.acts() && !reads) {
				// Strictly confidential: an auditor knows it exists, nothing more.
				throw new InterlocutorNotFoundException(id);
			}
			if (route.under("/interlocutors/{id}/subject-access")) {
				if (!user.hasRole("HQ_REVIEWER")) {
					throw new AccessDeniedException("Subject access requests are answered by HQ reviewers");
				}
			}
			else if (route.under("/interlocutors/{id}/classification")) {
				if (!RegistryPermissions.canClassify(user, interlocutor.teamId(), interlocutor.getClassification(),
						interlocutor.namedReviewerIds())) {
					throw new AccessDeniedException("Only the team's HQ reviewers change an interlocutor's level");
				}
			}
			else if (route.acts() && !route.under("/interlocutors/{id}/reveal")
					&& !RegistryPermissions.canEditInterlocutorsOf(user, interlocutor.teamId())) {
				throw new AccessDeniedException("Only the team's field officers edit its interlocutors");
			}
		}
	}

}
