package jp.kyogikai.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person who signs in. Staff belong to one municipality, operator users to one
 * operator.
 */
@Entity
@Audited
@Table(name = "app_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String username;

	@NotAudited
	private String passwordHash;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long municipalityId;

	private Long operatorId;

	private Long memberId;

	private boolean enabled = true;

	protected UserAccount() {
	}

	private UserAccount(String username, String passwordHash, String displayName, Role role, Long municipalityId,
			Long operatorId, Long memberId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.municipalityId = municipalityId;
		this.operatorId = operatorId;
		this.memberId = memberId;
	}

	public static UserAccount admin(String username, String passwordHash, String displayName) {
		return new UserAccount(username, passwordHash, displayName, Role.ADMIN, null, null, null);
	}

	public static UserAccount secretariat(String username, String passwordHash, String displayName,
			long municipalityId) {
		return new UserAccount(username, passwordHash, displayName, Role.SECRETARIAT, municipalityId, null, null);
	}

	public static UserAccount member(String username, String passwordHash, String displayName, long memberId) {
		return new UserAccount(username, passwordHash, displayName, Role.MEMBER, null, null, memberId);
	}

	public static UserAccount operator(String username, String passwordHash, String displayName, long operatorId) {
		return new UserAccount(username, passwordHash, displayName, Role.OPERATOR, null, operatorId, null);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getMunicipalityId() {
		return this.municipalityId;
	}

	public Long getOperatorId() {
		return this.operatorId;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	/**
	 * Links a MEMBER login to the council member it is.
	 * @param memberId the member
	 */
	public void linkMember(long memberId) {
		if (this.role != Role.MEMBER) {
			throw new IllegalStateException("委員以外のアカウントは委員に結び付けられません: " + this.username);
		}
		this.memberId = memberId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
