package jp.kyogikai.voting.rule;

/**
 * Whether a member is at the meeting at a given moment (出席 / 欠席 / 代理出席). A member who
 * left early is {@link #ABSENT} from then on; one who arrived late is {@link #PRESENT}
 * from the arrival.
 */
public enum Attendance {

	/** 出席: the member is in the room. */
	PRESENT,

	/** 欠席: the member is not there (not yet arrived, left, or did not come). */
	ABSENT,

	/** 代理出席: someone attends in the member's place. */
	PROXY

}
