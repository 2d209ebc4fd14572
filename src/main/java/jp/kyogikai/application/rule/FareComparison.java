package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the sample trips cost under the current and the proposed fares, beside the local
 * taxi fare, with each fare's share of the taxi fare against the guideline (約8割): for the
 * council's information, never a block. Only base fares are compared; other charges are
 * left out.
 * <p>
 * A share is the fare as a percentage of the taxi fare, rounded half up to a whole
 * percent (80.4% is shown as 80%, 80.5% as 81%); a share is over the guideline when the
 * rounded share is above it, so what the council reads and what is flagged agree.
 *
 * @param guidelinePercent the guideline in percent of the taxi fare
 * @param rows one row per {@link SampleTrip}, in its order
 */
public record FareComparison(int guidelinePercent, List<Row> rows) {

	/** 約8割: the guideline since 2023-12. */
	public static final int DEFAULT_GUIDELINE_PERCENT = 80;

	public FareComparison {
		if (guidelinePercent < 1 || guidelinePercent > 200) {
			throw new IllegalArgumentException("目安の割合が不正です: " + guidelinePercent);
		}
		rows = List.copyOf(rows);
	}

	/**
	 * Compares against the default guideline of 80%.
	 * @param current the fare in force, or {@code null} (a new registration)
	 * @param proposed the proposed fare, or {@code null}
	 * @param taxi the local taxi fare, or {@code null} when the staff keep none
	 * @return the comparison
	 * @throws IllegalStateException when a fare given has violations
	 */
	public static FareComparison of(BaseFare current, BaseFare proposed, TaxiFare taxi) {
		return of(current, proposed, taxi, DEFAULT_GUIDELINE_PERCENT);
	}

	/**
	 * Compares the fares of every sample trip.
	 * @param current the fare in force, or {@code null} (a new registration)
	 * @param proposed the proposed fare, or {@code null}
	 * @param taxi the local taxi fare, or {@code null} when the staff keep none
	 * @param guidelinePercent the guideline in percent of the taxi fare (1 to 200)
	 * @return the comparison
	 * @throws IllegalStateException when a fare given has violations
	 */
	public static FareComparison of(BaseFare current, BaseFare proposed, TaxiFare taxi, int guidelinePercent) {
		List<Row> rows = new ArrayList<>();
		for (SampleTrip sample : SampleTrip.values()) {
			Long taxiFare = value((taxi != null) ? taxi.fareFor(sample) : OptionalLong.empty());
			Long currentFare = value((current != null) ? current.fareFor(sample) : OptionalLong.empty());
			Long proposedFare = value((proposed != null) ? proposed.fareFor(sample) : OptionalLong.empty());
			rows.add(new Row(sample, currentFare, proposedFare, taxiFare, share(currentFare, taxiFare),
					share(proposedFare, taxiFare), guidelinePercent));
		}
		return new FareComparison(guidelinePercent, rows);
	}

	/**
	 * A fare's share of the taxi fare.
	 * @param fare the fare in yen
	 * @param taxiFare the taxi fare in yen, above zero
	 * @return the percentage, rounded half up to a whole percent
	 */
	public static int sharePercent(long fare, long taxiFare) {
		if (fare < 0 || taxiFare <= 0) {
			throw new IllegalArgumentException("運賃が不正です: " + fare + "円 / タクシー " + taxiFare + "円");
		}
		return Math.toIntExact((Math.multiplyExact(fare, 200L) + taxiFare) / Math.multiplyExact(taxiFare, 2L));
	}

	/**
	 * Whether the proposed fare of any sample trip is over the guideline.
	 * @return {@code true} when at least one row flags the proposed fare
	 */
	public boolean proposedOverGuideline() {
		return this.rows.stream().anyMatch(Row::proposedOverGuideline);
	}

	private static Long value(OptionalLong fare) {
		return fare.isPresent() ? fare.getAsLong() : null;
	}

	private static Integer share(Long fare, Long taxiFare) {
		return (fare != null && taxiFare != null) ? sharePercent(fare, taxiFare) : null;
	}

	/**
	 * One sample trip. A figure is {@code null} when it does not apply: no current fare
	 * (a new registration), a fare whose method the sample does not measure (a distance
	 * fare for 30 minutes), or no taxi fare for the sample.
	 *
	 * @param trip the sample trip
	 * @param currentFare the fare in force in yen, or {@code null}
	 * @param proposedFare the proposed fare in yen, or {@code null}
	 * @param taxiFare the taxi fare in yen, or {@code null}
	 * @param currentShare the current fare's share of the taxi fare in percent, or
	 * {@code null}
	 * @param proposedShare the proposed fare's share of the taxi fare in percent, or
	 * {@code null}
	 * @param guidelinePercent the guideline the shares are read against
	 */
	public record Row(SampleTrip trip, Long currentFare, Long proposedFare, Long taxiFare, Integer currentShare,
			Integer proposedShare, int guidelinePercent) {

		/**
		 * Whether the current fare is above the guideline.
		 * @return {@code true} when its share is known and above the guideline
		 */
		public boolean currentOverGuideline() {
			return this.currentShare != null && this.currentShare > this.guidelinePercent;
		}

		/**
		 * Whether the proposed fare is above the guideline.
		 * @return {@code true} when its share is known and above the guideline
		 */
		public boolean proposedOverGuideline() {
			return this.proposedShare != null && this.proposedShare > this.guidelinePercent;
		}

	}

}
