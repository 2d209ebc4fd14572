package jp.kyogikai.minutes;

/**
 * What a part of the minutes records; the heading of each is the staff's to word.
 */
public enum SectionKind {

	/** 日時. */
	HELD,

	/** 場所. */
	PLACE,

	/** 出席委員. */
	PRESENT,

	/** 欠席委員. */
	ABSENT,

	/** 事務局. */
	SECRETARIAT,

	/** 説明者. */
	EXPLAINERS,

	/** 参考人. */
	WITNESSES,

	/** 傍聴者. */
	OBSERVERS,

	/** 会議の成立. */
	QUORUM,

	/** One item of the 次第: its course (statements per speaker) and result. */
	ITEM,

	/** Anything else staff add. */
	OTHER

}
