package jp.kyogikai.meeting.rule;

/**
 * Where a meeting stands: 予定 → 招集済み → 開催済み → 議事録案 → 議事録確定 → 公開.
 */
public enum MeetingStatus {

	/** 予定: planned, not yet convened. */
	PLANNED,

	/** 招集済み: the convocation has gone out. */
	CONVENED,

	/** 開催済み: held, no minutes yet. */
	HELD,

	/** 議事録案: the minutes are drafted. */
	MINUTES_DRAFT,

	/** 議事録確定: the minutes are final. */
	MINUTES_FINAL,

	/** 公開: the minutes are published. */
	PUBLISHED

}
