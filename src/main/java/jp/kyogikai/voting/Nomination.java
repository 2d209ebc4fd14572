package jp.kyogikai.voting;

/**
 * How a candidate for 会長 or 副会長 was put to the meeting.
 */
public enum Nomination {

	/** 推薦: a member present proposed the candidate. */
	MEMBER,

	/** 事務局案: the secretariat proposed the candidate, at the meeting's request. */
	SECRETARIAT

}
