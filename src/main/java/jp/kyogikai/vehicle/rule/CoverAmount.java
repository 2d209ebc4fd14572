package jp.kyogikai.vehicle.rule;

/**
 * An amount of insurance cover in yen, possibly unlimited (無制限): 対人 per person, 対物 per
 * accident, 搭乗者傷害 per passenger. No cover at all is zero.
 *
 * @param yen the amount; {@link Long#MAX_VALUE} stands for unlimited
 */
public record CoverAmount(long yen) {

	private static final CoverAmount UNLIMITED = new CoverAmount(Long.MAX_VALUE);

	private static final CoverAmount NONE = new CoverAmount(0);

	public CoverAmount {
		if (yen < 0) {
			throw new IllegalArgumentException("補償額が不正です: " + yen);
		}
	}

	/**
	 * A limited amount.
	 * @param yen the amount in yen, zero or more
	 * @return the cover
	 */
	public static CoverAmount of(long yen) {
		return new CoverAmount(yen);
	}

	/**
	 * Unlimited cover (無制限), which meets every minimum.
	 * @return the cover
	 */
	public static CoverAmount unlimited() {
		return UNLIMITED;
	}

	/**
	 * No cover (e.g. a policy without 搭乗者傷害).
	 * @return zero
	 */
	public static CoverAmount none() {
		return NONE;
	}

	/**
	 * Whether the cover is unlimited.
	 * @return {@code true} for 無制限
	 */
	public boolean isUnlimited() {
		return this.yen == Long.MAX_VALUE;
	}

	/**
	 * Whether there is any cover.
	 * @return {@code true} for an amount above zero or unlimited
	 */
	public boolean isPresent() {
		return this.yen > 0;
	}

	/**
	 * Whether the cover reaches a minimum; exactly the minimum is enough.
	 * @param minimum the minimum in yen
	 * @return {@code true} when the amount is at least the minimum
	 */
	public boolean reaches(long minimum) {
		return this.yen >= minimum;
	}

	/**
	 * Whether the cover reaches a minimum that may itself be unlimited: exactly the
	 * minimum is enough, and only unlimited cover reaches an unlimited minimum.
	 * @param minimum the minimum
	 * @return {@code true} when the cover is at least the minimum
	 */
	public boolean reaches(CoverAmount minimum) {
		return this.yen >= minimum.yen;
	}

	@Override
	public String toString() {
		return isUnlimited() ? "無制限" : this.yen + "円";
	}

}
