package org.parley.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The links of the navigation bar, chosen once per page from the reader's roles
 * ({@code @navigation.items(#authentication, currentPath)} in the layout). Asking
 * {@code sec:authorize} for each link evaluated a security expression per link on every
 * page; this is one call, and the profile of the lightest page showed the difference
 * (docs/performance.md).
 */
@Component("navigation")
public class Navigation {

	/**
	 * One link: where it goes, its label's message key, whether it is the current
	 * section.
	 */
	public record Item(String href, String label, boolean active) {
	}

	private record Link(String href, String label, Set<String> roles, boolean exact) {
	}

	private static final Set<String> ANY = Set.of();

	private static final Set<String> CASE_READERS = Set.of("ROLE_FIELD_OFFICER", "ROLE_HQ_REVIEWER", "ROLE_AUDITOR");

	private static final Set<String> ADMIN = Set.of("ROLE_ADMIN");

	private static final List<Link> LINKS = List.of(new Link("/", "nav.home", ANY, true),
			new Link("/cases", "nav.cases", CASE_READERS, false),
			new Link("/incidents", "nav.incidents", CASE_READERS, false),
			new Link("/access", "nav.access", CASE_READERS, false),
			new Link("/disclosure-requests", "nav.disclosure", CASE_READERS, false),
			new Link("/armed-groups", "nav.armed-groups", ANY, false),
			new Link("/interlocutors", "nav.interlocutors", Set.of("ROLE_FIELD_OFFICER", "ROLE_HQ_REVIEWER"), false),
			new Link("/admin/users", "nav.users", ADMIN, false), new Link("/admin/teams", "nav.teams", ADMIN, false),
			new Link("/admin/reference-lists", "nav.reference-lists", ADMIN, false),
			new Link("/admin/guiding-questions", "nav.guiding-questions", ADMIN, false),
			new Link("/admin/keys", "nav.keys", ADMIN, false),
			new Link("/admin/retention", "nav.retention", ADMIN, false),
			new Link("/retention", "nav.retention", Set.of("ROLE_HQ_REVIEWER"), false),
			new Link("/audit", "nav.audit", Set.of("ROLE_ADMIN", "ROLE_AUDITOR"), false));

	/**
	 * The links the signed-in reader may follow, in the bar's order; none for anyone not
	 * signed in.
	 */
	public List<Item> items(Authentication authentication, String currentPath) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		Set<String> roles = roles(authentication.getAuthorities());
		if (roles.contains("ROLE_ANONYMOUS")) {
			return List.of();
		}
		List<Item> items = new ArrayList<>(LINKS.size());
		for (Link link : LINKS) {
			if (link.roles().isEmpty() || link.roles().stream().anyMatch(roles::contains)) {
				items.add(new Item(link.href(), link.label(), active(link, currentPath)));
			}
		}
		return items;
	}

	private static boolean active(Link link, String currentPath) {
		if (currentPath == null) {
			return false;
		}
		return link.exact() ? currentPath.equals(link.href()) : currentPath.startsWith(link.href());
	}

	private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
		Set<String> roles = new HashSet<>();
		for (GrantedAuthority authority : authorities) {
			roles.add(authority.getAuthority());
		}
		return roles;
	}

}
