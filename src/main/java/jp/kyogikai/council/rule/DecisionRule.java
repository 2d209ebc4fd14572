package jp.kyogikai.council.rule;

/**
 * The share of the base that must be in favour for a motion to carry (議決の要件).
 */
public enum DecisionRule {

	/** 出席委員の過半数で決する: more than half of the base. */
	MAJORITY_OF_PRESENT {
		@Override
		public int requiredInFavour(int base) {
			return base / 2 + 1;
		}
	},

	/** 出席委員の3分の2以上で決する: at least two thirds of the base. */
	TWO_THIRDS {
		@Override
		public int requiredInFavour(int base) {
			return Math.max(1, (2 * base + 2) / 3);
		}
	},

	/** 全会一致: every member of the base in favour. */
	UNANIMOUS {
		@Override
		public int requiredInFavour(int base) {
			return Math.max(1, base);
		}
	};

	/**
	 * The smallest number of votes in favour that carries the motion.
	 * @param base the number the threshold is taken of (see {@link DecisionBase})
	 * @return the votes in favour needed; at least one
	 */
	public abstract int requiredInFavour(int base);

	/**
	 * Whether a motion with this many votes in favour carries.
	 * @param inFavour votes in favour (賛成)
	 * @param base the base of the threshold
	 * @return {@code true} when carried
	 */
	public boolean isCarried(int inFavour, int base) {
		if (inFavour < 0 || base < 0 || inFavour > base) {
			throw new IllegalArgumentException("賛成数が不正です: " + base + "人中賛成" + inFavour + "人");
		}
		return base > 0 && inFavour >= requiredInFavour(base);
	}

	/**
	 * Whether a tie (可否同数) can decide the outcome under this rule: only a simple majority
	 * needs a casting vote or a tie-break.
	 * @return {@code true} for {@link #MAJORITY_OF_PRESENT}
	 */
	public boolean hasTies() {
		return this == MAJORITY_OF_PRESENT;
	}

}
