package jp.kyogikai.security;

/**
 * What a user is to the system.
 */
public enum Role {

	/** System administrator of the installation. */
	ADMIN,

	/** Staff of one municipality's secretariat (事務局). */
	SECRETARIAT,

	/** A council member (委員). */
	MEMBER,

	/** A user of one transport operator (運送主体). */
	OPERATOR;

	/**
	 * The Spring Security authority of the role.
	 * @return {@code ROLE_} and the name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
