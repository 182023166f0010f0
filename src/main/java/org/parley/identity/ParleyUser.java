package org.parley.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.shared.CurrentUser;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, kept in the session. It holds no entity, only what pages need:
 * identity, roles, teams (ids and names for the header), and the account version it was
 * read at, so that a change by an administrator (disabled, new roles or teams) takes
 * effect on the next request.
 */
public final class ParleyUser implements UserDetails, CredentialsContainer, CurrentUser {

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private final boolean mustChangePassword;

	private final String preferredLanguage;

	private final Set<Role> roles;

	private final List<TeamRef> teams;

	private final long version;

	private final boolean revealsInterlocutorNames;

	ParleyUser(UserAccount account, boolean locked) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.accountNonLocked = !locked;
		this.mustChangePassword = account.isMustChangePassword();
		this.revealsInterlocutorNames = account.isRevealsInterlocutorNames();
		this.preferredLanguage = account.getPreferredLanguage();
		this.roles = Set.copyOf(account.getRoles());
		this.teams = account.getTeams()
			.stream()
			.map((team) -> new TeamRef(team.getId(), team.getName()))
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
		this.version = account.getVersion();
	}

	@Override
	public long id() {
		return this.id;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public Set<Long> teamIds() {
		return this.teams.stream().map(TeamRef::id).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public boolean hasRole(String role) {
		return this.roles.stream().anyMatch((r) -> r.name().equals(role));
	}

	public List<TeamRef> teams() {
		return this.teams;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	/**
	 * Whether an administrator granted this auditor the sight of their teams'
	 * interlocutors' real names.
	 */
	public boolean revealsInterlocutorNames() {
		return this.revealsInterlocutorNames && this.roles.contains(Role.AUDITOR);
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public String preferredLanguage() {
		return this.preferredLanguage;
	}

	long version() {
		return this.version;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.accountNonLocked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ParleyUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "ParleyUser[" + this.username + "]";
	}

	/**
	 * A team the user belongs to, as the header shows it.
	 */
	public record TeamRef(long id, String name) implements java.io.Serializable {

	}

}
