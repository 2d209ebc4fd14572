package jp.kyogikai.attendance.rule;

/**
 * 出席 / 欠席 / 代理出席: a member's reply before a meeting, and where the member is at a moment
 * of the meeting (a member who left early is {@link #ABSENT} from then on, one who
 * arrived late {@link #PRESENT} from the arrival).
 */
public enum Attendance {

	/** 出席. */
	PRESENT,

	/** 欠席. */
	ABSENT,

	/** 代理出席: someone attends in the member's place, named in the reply. */
	PROXY

}
