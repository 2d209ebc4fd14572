package jp.kyogikai.fare;

import java.util.List;

import jp.kyogikai.application.rule.BaseFare;
import jp.kyogikai.application.rule.ChargeKind;
import jp.kyogikai.application.rule.ChargeUnit;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.DynamicBand;
import jp.kyogikai.application.rule.FareMethod;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.FlatFare;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.application.rule.TimeFare;

/**
 * A {@link FareSchedule} as it is stored in the {@code jsonb} column {@code schedule}:
 * plain records that Hibernate writes as JSON, with the base fare's kind spelled out
 * ({@code method}) instead of type information in the rule package. The mapping is
 * written here by hand so the pure rule records stay free of any serialisation
 * annotation, and the stored shape is this module's to keep: {@link #FORMAT} is written
 * with every document, so a later change of shape can read the old ones. <pre>
 * {"format":1,
 *  "fare":{"method":"DISTANCE","baseUnits":2000,"baseFare":300,"incrementUnits":1000,"incrementFare":100,"amount":null},
 *  "otherCharges":[{"kind":"PICK_UP","name":null,"amount":100,"unit":"PER_TRIP","unitSize":0,"appliesWhen":"…"}],
 *  "dynamicBand":{"upperPercent":0,"lowerPercent":0}}
 * </pre>
 *
 * @param format the version of this shape
 * @param fare the base fare
 * @param otherCharges the other charges, in their order
 * @param dynamicBand the dynamic band
 */
public record FareScheduleDocument(int format, Base fare, List<Charge> otherCharges, Band dynamicBand) {

	/** The shape written now. */
	static final int FORMAT = 1;

	public FareScheduleDocument {
		otherCharges = (otherCharges != null) ? List.copyOf(otherCharges) : List.of();
	}

	/**
	 * The document of a schedule.
	 * @param schedule a schedule without violations
	 * @return the document
	 * @throws IllegalArgumentException when the schedule has violations
	 */
	public static FareScheduleDocument of(FareSchedule schedule) {
		if (!schedule.isValid()) {
			throw new IllegalArgumentException("誤りのある対価は保存できません: " + schedule.violations());
		}
		return new FareScheduleDocument(FORMAT, Base.of(schedule.fare()),
				schedule.otherCharges().stream().map(Charge::of).toList(),
				new Band(schedule.dynamicBand().upperPercent(), schedule.dynamicBand().lowerPercent()));
	}

	/**
	 * The schedule the document holds.
	 * @return the schedule
	 * @throws IllegalStateException for a format this code does not know
	 */
	public FareSchedule toSchedule() {
		if (this.format != FORMAT) {
			throw new IllegalStateException("未知の対価の保存形式です: " + this.format);
		}
		DynamicBand band = (this.dynamicBand != null)
				? new DynamicBand(this.dynamicBand.upperPercent(), this.dynamicBand.lowerPercent())
				: DynamicBand.none();
		return new FareSchedule(this.fare.toFare(), this.otherCharges.stream().map(Charge::toCharge).toList(), band);
	}

	/**
	 * The base fare: the units are metres for {@code DISTANCE}, minutes for {@code TIME};
	 * {@code amount} is the fare of {@code FLAT}. Figures a method does not use are
	 * {@code null}.
	 */
	record Base(FareMethod method, Integer baseUnits, Long baseFare, Integer incrementUnits, Long incrementFare,
			Long amount) {

		static Base of(BaseFare fare) {
			if (fare instanceof DistanceFare d) {
				return new Base(FareMethod.DISTANCE, d.baseMetres(), d.baseFare(), d.incrementMetres(),
						d.incrementFare(), null);
			}
			if (fare instanceof TimeFare t) {
				return new Base(FareMethod.TIME, t.baseMinutes(), t.baseFare(), t.incrementMinutes(), t.incrementFare(),
						null);
			}
			FlatFare flat = (FlatFare) fare;
			return new Base(FareMethod.FLAT, null, null, null, null, flat.amount());
		}

		BaseFare toFare() {
			return switch (this.method) {
				case DISTANCE ->
					new DistanceFare(this.baseUnits, this.baseFare, this.incrementUnits, this.incrementFare);
				case TIME -> new TimeFare(this.baseUnits, this.baseFare, this.incrementUnits, this.incrementFare);
				case FLAT -> new FlatFare(this.amount);
			};
		}

	}

	/**
	 * One other charge, as {@link OtherCharge}.
	 */
	record Charge(ChargeKind kind, String name, long amount, ChargeUnit unit, int unitSize, String appliesWhen) {

		static Charge of(OtherCharge charge) {
			return new Charge(charge.kind(), charge.name(), charge.amount(), charge.unit(), charge.unitSize(),
					charge.appliesWhen());
		}

		OtherCharge toCharge() {
			return new OtherCharge(this.kind, this.name, this.amount, this.unit, this.unitSize, this.appliesWhen);
		}

	}

	/**
	 * The dynamic band, as {@link DynamicBand}.
	 */
	record Band(int upperPercent, int lowerPercent) {

	}

}
