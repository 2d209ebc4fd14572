package jp.kyogikai.voting;

/**
 * Who presides over the election of the 会長 and 副会長 (互選) until it has given the council a
 * 会長.
 */
public enum PresiderKind {

	/** The 会長 in office and present, else the 副会長: the usual rule. */
	OFFICER,

	/** 座長: a member present, chosen because no officer can preside (or should). */
	MEMBER,

	/** 仮議長: a named non-member, such as the head of the secretariat. */
	NON_MEMBER

}
