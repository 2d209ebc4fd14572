package jp.kyogikai.vehicle.rule;

/**
 * The council's minimums for a vehicle's insurance, from its settings (設置要綱 or the
 * council's decision); the caller copies them from the council's charter.
 *
 * @param perPerson 対人賠償 per person, in yen
 * @param property 対物賠償 per accident, in yen
 * @param passengerRequired whether 搭乗者傷害 cover is required
 * @param passenger the least 搭乗者傷害 per passenger when required, in yen; 0 accepts any
 * amount above zero
 */
public record InsuranceMinimums(long perPerson, long property, boolean passengerRequired, long passenger) {

	/** 対人賠償 under the ministry notice in force: 8,000万円 per person. */
	public static final long STATUTORY_PER_PERSON = 80_000_000L;

	/**
	 * 対物賠償 under the ministry notice in force: 200万円 per accident (the 2004 notice's
	 * "2,000万" in the seeds is an OCR reading; the rule in force is 200万).
	 */
	public static final long STATUTORY_PROPERTY = 2_000_000L;

	public InsuranceMinimums {
		if (perPerson < 0 || property < 0 || passenger < 0) {
			throw new IllegalArgumentException(
					"保険の最低額が不正です: 対人" + perPerson + "円、対物" + property + "円、搭乗者傷害" + passenger + "円");
		}
	}

	/**
	 * The usual minimums: 対人8,000万円, 対物200万円, 搭乗者傷害 required (as the 2004 notice does:
	 * 搭乗者傷害を対象に含むものに限る) in any amount.
	 * @return the minimums
	 */
	public static InsuranceMinimums standard() {
		return new InsuranceMinimums(STATUTORY_PER_PERSON, STATUTORY_PROPERTY, true, 0);
	}

}
