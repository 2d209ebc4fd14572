package jp.kyogikai.application.rule;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("タクシー運賃と乗車例の比較 (TaxiFare, FareComparison)")
class FareComparisonTests {

	/** A test taxi fare: 初乗り1kmまで500円、以後250mごとに100円; 時間制運賃 30分ごとに2,500円. */
	private static final TaxiFare TAXI = new TaxiFare(1_000, 500, 250, 100, 30, 2_500);

	/** 中川村 (seed 002): 2kmまで200円、2kmを超えるごとに100円. */
	private static final DistanceFare CURRENT = new DistanceFare(2_000, 200, 2_000, 100);

	/** 丹後町 (seed 002): 1.5kmまで480円、以遠1kmごとに120円. */
	private static final DistanceFare PROPOSED = new DistanceFare(1_500, 480, 1_000, 120);

	@ParameterizedTest(name = "{0}m → {1}円")
	@CsvSource(textBlock = """
			     0,  500
			 1_000,  500
			 1_001,  600
			 1_250,  600
			 1_251,  700
			 2_000,  900
			 5_000, 2100
			10_000, 4100
			""")
	@DisplayName("タクシーの距離制運賃: 初乗り、以後加算距離に満たない端数も1加算")
	void meterFareByDistance(String metres, long fare) {
		assertThat(TAXI.fareForMetres(Integer.parseInt(metres.replace("_", "")))).isEqualTo(fare);
	}

	@ParameterizedTest(name = "{0}分 → {1}円")
	@CsvSource(textBlock = """
			 0, 2500
			 1, 2500
			30, 2500
			31, 5000
			60, 5000
			""")
	@DisplayName("タクシーの時間制運賃: 単位時間ごと (最低1単位)")
	void hireFareByTime(int minutes, long fare) {
		assertThat(TAXI.fareForMinutes(minutes)).hasValue(fare);
	}

	@Test
	@DisplayName("時間制運賃がなければ30分の乗車例にタクシー運賃はない")
	void withoutATimeFareTheTimeSampleHasNoTaxiFare() {
		TaxiFare byDistance = TaxiFare.byDistance(1_000, 500, 250, 100);
		assertThat(byDistance.hasTimeFare()).isFalse();
		assertThat(byDistance.fareForMinutes(30)).isEmpty();
		assertThat(byDistance.fareFor(SampleTrip.MIN_30)).isEmpty();
		assertThat(byDistance.fareFor(SampleTrip.KM_2)).hasValue(900);
		assertThat(TAXI.fareFor(SampleTrip.MIN_30)).hasValue(2500);
	}

	@Test
	@DisplayName("対価の変更: 2km・5km・10kmの現行と申請の対価、タクシー運賃、その割合を並べる")
	void comparesCurrentAndProposedFaresWithTheTaxi() {
		FareComparison comparison = FareComparison.of(CURRENT, PROPOSED, TAXI);
		assertThat(comparison.guidelinePercent()).isEqualTo(80);
		assertThat(comparison.rows())
			.extracting(FareComparison.Row::trip, FareComparison.Row::currentFare, FareComparison.Row::proposedFare,
					FareComparison.Row::taxiFare, FareComparison.Row::currentShare, FareComparison.Row::proposedShare)
			.containsExactly(tuple(SampleTrip.KM_2, 200L, 600L, 900L, 22, 67),
					tuple(SampleTrip.KM_5, 400L, 960L, 2100L, 19, 46),
					tuple(SampleTrip.KM_10, 600L, 1560L, 4100L, 15, 38),
					tuple(SampleTrip.MIN_30, null, null, 2500L, null, null));
		assertThat(comparison.proposedOverGuideline()).isFalse();
		assertThat(comparison.rows()).noneMatch(FareComparison.Row::currentOverGuideline);
	}

	@Test
	@DisplayName("目安を超える乗車例に印を付ける (情報であって止めない)")
	void flagsTheSamplesOverTheGuideline() {
		FareComparison comparison = FareComparison.of(CURRENT, new FlatFare(800), TAXI);
		assertThat(comparison.rows())
			.extracting(FareComparison.Row::trip, FareComparison.Row::proposedShare,
					FareComparison.Row::proposedOverGuideline)
			.containsExactly(tuple(SampleTrip.KM_2, 89, true), tuple(SampleTrip.KM_5, 38, false),
					tuple(SampleTrip.KM_10, 20, false), tuple(SampleTrip.MIN_30, 32, false));
		assertThat(comparison.proposedOverGuideline()).isTrue();
	}

	@ParameterizedTest(name = "定額{0}円 / タクシー1,000円 → {1}%、目安{2}%超={3}")
	@CsvSource(textBlock = """
			   0,   0, 80, false
			 794,  79, 80, false
			 795,  80, 80, false
			 800,  80, 80, false
			 804,  80, 80, false
			 805,  81, 80, true
			1000, 100, 80, true
			 500,  50, 50, false
			 505,  51, 50, true
			""")
	@DisplayName("割合は四捨五入で整数の%、丸めた割合が目安を超えたら印 (表示と印が食い違わない)")
	void roundsTheShareHalfUpAndFlagsOnTheRoundedShare(long flat, int share, int guideline, boolean over) {
		TaxiFare taxi = TaxiFare.byDistance(2_000, 1_000, 1_000, 100);
		FareComparison.Row row = FareComparison.of(null, new FlatFare(flat), taxi, guideline).rows().get(0);
		assertThat(row.trip()).isEqualTo(SampleTrip.KM_2);
		assertThat(row.taxiFare()).isEqualTo(1000L);
		assertThat(row.proposedShare()).isEqualTo(share);
		assertThat(row.proposedOverGuideline()).isEqualTo(over);
	}

	@ParameterizedTest(name = "{0}円 / {1}円 → {2}%")
	@CsvSource(textBlock = """
			   1,    3,  33
			   2,    3,  67
			   1,    8,  13
			   1,  200,   1
			   1,  201,   0
			1500, 1000, 150
			""")
	@DisplayName("割合の四捨五入")
	void sharePercent(long fare, long taxi, int percent) {
		assertThat(FareComparison.sharePercent(fare, taxi)).isEqualTo(percent);
	}

	@Test
	@DisplayName("新規登録 (現行の対価なし)、タクシー運賃の登録なしでも比較表は作れる")
	void leavesOutWhatIsNotKnown() {
		FareComparison comparison = FareComparison.of(null, PROPOSED, null);
		assertThat(comparison.rows()).hasSize(4)
			.allSatisfy((row) -> assertThat(row.currentFare()).isNull())
			.allSatisfy((row) -> assertThat(row.taxiFare()).isNull())
			.allSatisfy((row) -> assertThat(row.proposedShare()).isNull())
			.noneMatch(FareComparison.Row::proposedOverGuideline);
		assertThat(comparison.rows()).extracting(FareComparison.Row::proposedFare)
			.containsExactly(600L, 960L, 1560L, null);
	}

	@Test
	@DisplayName("時間制の対価は30分の乗車例だけで比べる")
	void comparesATimeFareOnTheTimeSample() {
		FareComparison comparison = FareComparison.of(null, new TimeFare(30, 500, 10, 150), TAXI);
		assertThat(comparison.rows())
			.extracting(FareComparison.Row::trip, FareComparison.Row::proposedFare, FareComparison.Row::proposedShare)
			.containsExactly(tuple(SampleTrip.KM_2, null, null), tuple(SampleTrip.KM_5, null, null),
					tuple(SampleTrip.KM_10, null, null), tuple(SampleTrip.MIN_30, 500L, 20));
	}

	@Test
	@DisplayName("現行の対価も目安と比べる")
	void flagsTheCurrentFareToo() {
		FareComparison comparison = FareComparison.of(new FlatFare(900), new FlatFare(700), TAXI);
		FareComparison.Row twoKm = comparison.rows().get(0);
		assertThat(twoKm.currentShare()).isEqualTo(100);
		assertThat(twoKm.currentOverGuideline()).isTrue();
		assertThat(twoKm.proposedShare()).isEqualTo(78);
		assertThat(twoKm.proposedOverGuideline()).isFalse();
	}

	@Test
	@DisplayName("誤りのある運賃、目安の割合の誤りは比較しない")
	void refusesInvalidInput() {
		assertThatIllegalStateException().isThrownBy(() -> FareComparison.of(null, new FlatFare(-1), TAXI));
		assertThatIllegalStateException()
			.isThrownBy(() -> FareComparison.of(null, PROPOSED, TaxiFare.byDistance(0, 500, 250, 100)));
		assertThatIllegalArgumentException().isThrownBy(() -> FareComparison.of(null, PROPOSED, TAXI, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> FareComparison.of(null, PROPOSED, TAXI, 201));
		assertThatIllegalArgumentException().isThrownBy(() -> FareComparison.sharePercent(100, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> FareComparison.sharePercent(-1, 100));
	}

	@Test
	@DisplayName("タクシー運賃の入力チェック: 初乗り・加算は1以上、時間制運賃は単位時間とともに")
	void validatesTheTaxiFare() {
		assertThat(TAXI.violations()).isEmpty();
		assertThat(TaxiFare.byDistance(1_000, 500, 250, 100).violations()).isEmpty();
		assertThat(new TaxiFare(0, 0, 0, 0, 0, 0).violations()).containsExactly(
				new ApplicationViolation("initialMetres", "fare.metres.range", 1, 100_000),
				new ApplicationViolation("initialFare", "fare.amount.range", 1L, 100_000L),
				new ApplicationViolation("incrementMetres", "fare.metres.range", 1, 100_000),
				new ApplicationViolation("incrementFare", "fare.amount.range", 1L, 100_000L));
		assertThat(new TaxiFare(1_000, 500, 250, 100, 0, 2_500).violations())
			.containsExactly(new ApplicationViolation("timeMinutes", "taxiFare.time.incomplete"));
		assertThat(new TaxiFare(1_000, 500, 250, 100, 30, 0).violations())
			.containsExactly(new ApplicationViolation("timeFare", "fare.amount.range", 1L, 100_000L));
		assertThat(new TaxiFare(1_000, 500, 250, 100, -30, 2_500).violations())
			.containsExactly(new ApplicationViolation("timeMinutes", "fare.minutes.range", 1, 1_440));
		assertThat(new TaxiFare(100_001, 100_001, 1, 1, 1_441, 1).violations()).extracting(ApplicationViolation::field)
			.isEqualTo(List.of("initialMetres", "initialFare", "timeMinutes"));
	}

}
