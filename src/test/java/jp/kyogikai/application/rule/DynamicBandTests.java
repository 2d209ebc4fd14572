package jp.kyogikai.application.rule;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DisplayName("ダイナミックプライシングの幅 (DynamicBand)")
class DynamicBandTests {

	@ParameterizedTest(name = "±{0}%/{1}%、通常{2}円に対し{3}円 → 範囲内={4}")
	@CsvSource(textBlock = """
			50, 50, 1000, 1600, false
			50, 50, 1000, 1501, false
			50, 50, 1000, 1500, true
			50, 50, 1000, 1499, true
			50, 50, 1000, 1000, true
			50, 50, 1000,  501, true
			50, 50, 1000,  500, true
			50, 50, 1000,  499, false
			50, 50, 1000,    0, false
			50, 50, 1235, 1852, true
			50, 50, 1235, 1853, false
			50, 50, 1235,  618, true
			50, 50, 1235,  617, false
			20, 10, 1000, 1200, true
			20, 10, 1000, 1201, false
			20, 10, 1000,  900, true
			20, 10, 1000,  899, false
			 0, 30, 1000, 1001, false
			 0, 30, 1000,  700, true
			 0,  0, 1000, 1000, true
			 0,  0, 1000, 1001, false
			 0,  0, 1000,  999, false
			50, 50,    0,    0, true
			50, 50,    0,    1, false
			""")
	@DisplayName("5割増・5割引まで: 通常1,000円なら500円から1,500円 (両端を含む)、1,600円は範囲外")
	void allowsChargesWithinTheBand(int upper, int lower, long normal, long charged, boolean allowed) {
		assertThat(new DynamicBand(upper, lower).allows(normal, charged)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "+{0}%/−{1}%、通常{2}円 → {3}円から{4}円まで")
	@CsvSource(textBlock = """
			50, 50, 1000,  500, 1500
			50, 50, 1235,  618, 1852
			50, 50,  333,  167,  499
			10, 10,  999,  900, 1098
			 0,  0,  480,  480,  480
			""")
	@DisplayName("上限は円未満切捨て、下限は円未満切上げ (幅の外に出ない)")
	void roundsTheLimitsInward(int upper, int lower, long normal, long lowest, long highest) {
		DynamicBand band = new DynamicBand(upper, lower);
		assertThat(band.lowest(normal)).isEqualTo(lowest);
		assertThat(band.highest(normal)).isEqualTo(highest);
	}

	@ParameterizedTest(name = "+{0}%/−{1}% → 違反 {2}件")
	@CsvSource(textBlock = """
			 0,  0, 0
			50, 50, 0
			 1,  0, 0
			51, 50, 1
			50, 51, 1
			-1,  0, 1
			 0, -1, 1
			51, 51, 2
			100, 100, 2
			""")
	@DisplayName("割増・割引はそれぞれ0%から50%まで")
	void limitsEachSideToFiftyPercent(int upper, int lower, int violations) {
		assertThat(new DynamicBand(upper, lower).violations()).hasSize(violations)
			.allSatisfy((v) -> assertThat(v.code()).isEqualTo("fare.dynamicBand.range"))
			.allSatisfy((v) -> assertThat(v.arguments()).containsExactly(50));
	}

	@Test
	@DisplayName("幅の外の設定では判定しない")
	void refusesToJudgeWithAnInvalidBand() {
		assertThatIllegalStateException().isThrownBy(() -> new DynamicBand(60, 50).allows(1000, 1500));
		assertThatIllegalArgumentException().isThrownBy(() -> new DynamicBand(50, 50).allows(-1, 0));
	}

	@Test
	@DisplayName("幅なし (none) は通常の対価だけを認め、ダイナミックプライシングではない")
	void noneAllowsOnlyTheNormalFare() {
		assertThat(DynamicBand.none().isDynamic()).isFalse();
		assertThat(new DynamicBand(0, 10).isDynamic()).isTrue();
		assertThat(new DynamicBand(10, 0).isDynamic()).isTrue();
		assertThat(DynamicBand.none().allows(1000, 1000)).isTrue();
		assertThat(DynamicBand.none().allows(1000, 1050)).isFalse();
	}

	@ParameterizedTest(name = "通常1,000円の乗車に{0}円 → 範囲内={1}")
	@CsvSource(textBlock = """
			1600, false
			1500, true
			 500, true
			 499, false
			""")
	@DisplayName("対価表に組み込んだ幅: 通常1,000円の乗車 (5km) に1,600円は範囲外")
	void aScheduleChecksAChargeAgainstItsBand(long charged, boolean allowed) {
		FareSchedule schedule = new FareSchedule(new DistanceFare(2_000, 400, 1_000, 200), null,
				new DynamicBand(50, 50));
		Trip fiveKm = Trip.ofMetres(5_000);
		assertThat(schedule.fare(fiveKm)).isEqualTo(1000);
		assertThat(schedule.allowsCharge(fiveKm, charged)).isEqualTo(allowed);
	}

	@Test
	@DisplayName("幅を定めない対価表は通常の対価だけ")
	void aScheduleWithoutBandAllowsOnlyTheNormalFare() {
		FareSchedule schedule = FareSchedule.of(new FlatFare(1000));
		assertThat(schedule.dynamicBand()).isEqualTo(DynamicBand.none());
		assertThat(schedule.allowsCharge(Trip.ofMetres(3_000), 1000)).isTrue();
		assertThat(schedule.allowsCharge(Trip.ofMetres(3_000), 1100)).isFalse();
	}

}
