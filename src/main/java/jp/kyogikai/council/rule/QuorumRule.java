package jp.kyogikai.council.rule;

/**
 * How many members must attend before the council may meet (定足数).
 */
public enum QuorumRule {

	/** 委員の過半数が出席しなければ会議を開くことができない: more than half. */
	MAJORITY {
		@Override
		public int requiredAttendance(int members) {
			return Math.max(1, members / 2 + 1);
		}
	},

	/** 委員の2分の1以上が出席しなければ会議を開くことができない: at least half. */
	HALF_OR_MORE {
		@Override
		public int requiredAttendance(int members) {
			return Math.max(1, (members + 1) / 2);
		}
	};

	/**
	 * The smallest attendance that meets the quorum; never less than one.
	 * @param members the members the quorum is counted over (委員数)
	 * @return the attendance needed
	 */
	public abstract int requiredAttendance(int members);

	/**
	 * Whether the meeting is quorate (会議の成立).
	 * @param members the members the quorum is counted over
	 * @param present the members present who count toward the quorum
	 * @return {@code true} when the meeting may proceed
	 */
	public boolean isMet(int members, int present) {
		if (members < 0 || present < 0 || present > members) {
			throw new IllegalArgumentException("出席者数が不正です: 委員" + members + "人中" + present + "人");
		}
		return present >= requiredAttendance(members);
	}

}
