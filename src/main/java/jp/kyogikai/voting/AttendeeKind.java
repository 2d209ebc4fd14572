package jp.kyogikai.voting;

/**
 * A non-member at a meeting.
 */
public enum AttendeeKind {

	/** 事務局: the secretariat's staff. */
	SECRETARIAT,

	/** 説明者: explains an application (the operator), usually for one 協議事項. */
	EXPLAINER,

	/** 参考人: invited by the chair to give an opinion. */
	WITNESS

}
