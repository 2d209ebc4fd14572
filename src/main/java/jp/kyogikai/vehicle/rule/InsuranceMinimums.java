package jp.kyogikai.vehicle.rule;

import java.util.Collection;
import java.util.Objects;

/**
 * The minimums for a vehicle's insurance: the statutory standard, or a council's own from
 * its settings (設置要綱 or 運用), which may be stricter and may require 無制限. The caller copies
 * them from the council's charter.
 *
 * @param perPerson 対人賠償 per person; {@link CoverAmount#unlimited()} when only 無制限 will do
 * @param property 対物賠償 per accident; {@link CoverAmount#unlimited()} when only 無制限 will
 * do
 * @param passengerRequired whether 搭乗者傷害 cover is required
 * @param passenger the least 搭乗者傷害 per passenger when required;
 * {@link CoverAmount#none()} accepts any amount above zero
 */
public record InsuranceMinimums(CoverAmount perPerson, CoverAmount property, boolean passengerRequired,
		CoverAmount passenger) {

	/** 対人賠償 under the ministry notice in force: 8,000万円 per person. */
	public static final long STATUTORY_PER_PERSON = 80_000_000L;

	/**
	 * 対物賠償 under the ministry notice in force: 200万円 per accident (the 2004 notice's
	 * "2,000万" in the seeds is an OCR reading; the rule in force is 200万).
	 */
	public static final long STATUTORY_PROPERTY = 2_000_000L;

	public InsuranceMinimums {
		Objects.requireNonNull(perPerson, "perPerson");
		Objects.requireNonNull(property, "property");
		Objects.requireNonNull(passenger, "passenger");
	}

	/**
	 * Limited minimums in yen.
	 * @param perPerson 対人賠償 per person
	 * @param property 対物賠償 per accident
	 * @param passengerRequired whether 搭乗者傷害 cover is required
	 * @param passenger the least 搭乗者傷害 per passenger; 0 accepts any amount above zero
	 */
	public InsuranceMinimums(long perPerson, long property, boolean passengerRequired, long passenger) {
		this(minimum(perPerson, property, passenger, perPerson), minimum(perPerson, property, passenger, property),
				passengerRequired, minimum(perPerson, property, passenger, passenger));
	}

	/**
	 * The statutory standard: 対人8,000万円, 対物200万円, 搭乗者傷害 required (as the 2004 notice
	 * does: 搭乗者傷害を対象に含むものに限る) in any amount.
	 * @return the minimums
	 */
	public static InsuranceMinimums standard() {
		return new InsuranceMinimums(STATUTORY_PER_PERSON, STATUTORY_PROPERTY, true, 0);
	}

	/**
	 * The minimums that satisfy every one of several councils and the statutory standard:
	 * for each cover the highest minimum (無制限 above any amount), 搭乗者傷害 required when any
	 * requires it. With no council at all, the statutory standard.
	 * @param councils the minimums of the councils concerned
	 * @return the strictest minimums, never below the statutory standard
	 */
	public static InsuranceMinimums strictest(Collection<InsuranceMinimums> councils) {
		InsuranceMinimums strictest = standard();
		for (InsuranceMinimums council : councils) {
			strictest = strictest.stricter(council);
		}
		return strictest;
	}

	/**
	 * These minimums raised to another's where the other asks for more.
	 * @param other other minimums
	 * @return the higher of each
	 */
	public InsuranceMinimums stricter(InsuranceMinimums other) {
		return new InsuranceMinimums(higher(this.perPerson, other.perPerson), higher(this.property, other.property),
				this.passengerRequired || other.passengerRequired, higher(this.passenger, other.passenger));
	}

	private static CoverAmount higher(CoverAmount a, CoverAmount b) {
		return a.reaches(b) ? a : b;
	}

	private static CoverAmount minimum(long perPerson, long property, long passenger, long yen) {
		if (yen < 0) {
			throw new IllegalArgumentException(
					"保険の最低額が不正です: 対人" + perPerson + "円、対物" + property + "円、搭乗者傷害" + passenger + "円");
		}
		return CoverAmount.of(yen);
	}

}
