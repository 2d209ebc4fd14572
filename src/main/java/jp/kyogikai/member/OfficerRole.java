package jp.kyogikai.member;

/**
 * An office held by a member, chosen by the members among themselves (互選).
 */
public enum OfficerRole {

	/** 会長: convenes and presides. */
	CHAIR,

	/** 副会長: acts for the chair when the chair cannot. */
	VICE_CHAIR

}
