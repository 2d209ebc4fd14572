package jp.kyogikai.attendance.rule;

/**
 * A member's reply before a meeting: 出席 / 欠席 / 代理出席.
 */
public enum Attendance {

	/** 出席. */
	PRESENT,

	/** 欠席. */
	ABSENT,

	/** 代理出席: someone attends in the member's place, named in the reply. */
	PROXY

}
