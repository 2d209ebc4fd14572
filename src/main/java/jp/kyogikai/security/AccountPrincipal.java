package jp.kyogikai.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, kept in the (database-stored) session: its role and the
 * municipality or operator that scopes what it may see.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private String password;

	private final String displayName;

	private final Role role;

	private final Long municipalityId;

	private final Long operatorId;

	private final Long memberId;

	private final String affiliation;

	private final boolean enabled;

	public AccountPrincipal(long id, String username, String password, String displayName, Role role,
			Long municipalityId, Long operatorId, Long memberId, String affiliation, boolean enabled) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.displayName = displayName;
		this.role = role;
		this.municipalityId = municipalityId;
		this.operatorId = operatorId;
		this.memberId = memberId;
		this.affiliation = affiliation;
		this.enabled = enabled;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/**
	 * The municipality a SECRETARIAT user works for.
	 * @return its id, {@code null} for other roles
	 */
	public Long municipalityId() {
		return this.municipalityId;
	}

	/**
	 * The operator an OPERATOR user acts for.
	 * @return its id, {@code null} for other roles
	 */
	public Long operatorId() {
		return this.operatorId;
	}

	/**
	 * The council member a MEMBER user is.
	 * @return its id, {@code null} for other roles
	 */
	public Long memberId() {
		return this.memberId;
	}

	/**
	 * What the header shows beside the name: the municipality or the operator.
	 * @return the name, or {@code null}
	 */
	public String affiliation() {
		return this.affiliation;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && this.username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return this.username + " (" + this.role + ")";
	}

}
