package jp.kyogikai.application.rule;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DisplayName("対価の計算 (DistanceFare, TimeFare, FlatFare, OtherCharge)")
class FareCalculationTests {

	/** 中川村社会福祉協議会 (seed 002): 200円/回、走行距離2kmを超えるごとに100円加算. */
	private static final DistanceFare NAKAGAWA = new DistanceFare(2_000, 200, 2_000, 100);

	/** NPO法人「気張る!ふるさと丹後町」 (seed 002): 最初の1.5kmまで480円/回、以遠は120円/km加算. */
	private static final DistanceFare TANGO = new DistanceFare(1_500, 480, 1_000, 120);

	@ParameterizedTest(name = "{0}m → {1}円")
	@CsvSource(textBlock = """
			     0, 200
			     1, 200
			 1_999, 200
			 2_000, 200
			 2_001, 300
			 3_999, 300
			 4_000, 300
			 4_001, 400
			 5_000, 400
			10_000, 600
			10_001, 700
			""")
	@DisplayName("中川村の例: 2kmまで200円、2kmを超えるごとに100円 (加算距離に満たない端数は1加算)")
	void chargesEveryStartedDistanceIncrement(String metres, long fare) {
		assertThat(NAKAGAWA.fare(Trip.ofMetres(parse(metres)))).isEqualTo(fare);
	}

	@ParameterizedTest(name = "{0}m → {1}円")
	@CsvSource(textBlock = """
			     0,   480
			 1_500,   480
			 1_501,   600
			 2_000,   600
			 2_500,   600
			 2_501,   720
			 5_000,   960
			10_000, 1_560
			""")
	@DisplayName("丹後町の例: 最初の1.5kmまで480円、以遠は1kmごとに120円")
	void chargesTheBaseFareThenPerKilometre(String metres, String fare) {
		assertThat(TANGO.fare(Trip.ofMetres(parse(metres)))).isEqualTo(parse(fare));
	}

	@ParameterizedTest(name = "{0}m → {1}円")
	@CsvSource(textBlock = """
			    0,   0
			    1, 100
			  999, 100
			1_000, 100
			1_001, 200
			2_000, 200
			""")
	@DisplayName("基本距離なしの「1km 100円」: 1mから1km分")
	void chargesFromTheFirstMetreWithoutABaseDistance(String metres, long fare) {
		assertThat(new DistanceFare(0, 0, 1_000, 100).fare(Trip.ofMetres(parse(metres)))).isEqualTo(fare);
	}

	@Test
	@DisplayName("距離制は時間を、時間制は距離を見ない")
	void eachMethodReadsItsOwnMeasure() {
		assertThat(NAKAGAWA.fare(new Trip(5_000, 120))).isEqualTo(400);
		assertThat(new TimeFare(60, 700, 60, 700).fare(new Trip(50_000, 60))).isEqualTo(700);
	}

	@ParameterizedTest(name = "{0}分 → {1}円")
	@CsvSource(textBlock = """
			  0,   700
			  1,   700
			 60,   700
			 61, 1_400
			120, 1_400
			121, 2_100
			""")
	@DisplayName("時間制「1時間700円」(seed 002 のチケット制): 1時間を超えると次の1時間分")
	void chargesEveryStartedHour(int minutes, String fare) {
		assertThat(new TimeFare(60, 700, 60, 700).fare(Trip.ofMinutes(minutes))).isEqualTo(parse(fare));
	}

	@ParameterizedTest(name = "{0}分 → {1}円")
	@CsvSource(textBlock = """
			 0, 500
			30, 500
			31, 650
			40, 650
			41, 800
			90, 1400
			""")
	@DisplayName("時間制: 30分まで500円、以後10分ごとに150円")
	void chargesEveryStartedTimeIncrement(int minutes, long fare) {
		assertThat(new TimeFare(30, 500, 10, 150).fare(Trip.ofMinutes(minutes))).isEqualTo(fare);
	}

	@ParameterizedTest(name = "{0}分 → {1}円")
	@CsvSource(textBlock = """
			 0,   0
			 1, 300
			10, 300
			11, 600
			""")
	@DisplayName("基本時間なしの「10分 300円」")
	void chargesFromTheFirstMinuteWithoutABaseTime(int minutes, long fare) {
		assertThat(new TimeFare(0, 0, 10, 300).fare(Trip.ofMinutes(minutes))).isEqualTo(fare);
	}

	@ParameterizedTest(name = "{0}m・{1}分 → 800円")
	@CsvSource(textBlock = """
			     0,   0
			 2_000,  10
			30_000, 120
			""")
	@DisplayName("定額制は距離にも時間にもよらない")
	void aFlatFareIsTheSameForEveryTrip(String metres, int minutes) {
		assertThat(new FlatFare(800).fare(new Trip(parse(metres), minutes))).isEqualTo(800);
	}

	@ParameterizedTest(name = "{0}: {1}回 → {2}円")
	@CsvSource(textBlock = """
			0,    0
			1,  500
			2, 1000
			""")
	@DisplayName("1回につきの料金 (迎車・キャンセル)")
	void chargesAPerTripChargePerUse(int times, long amount) {
		OtherCharge pickUp = OtherCharge.perTrip(ChargeKind.PICK_UP, null, 500, "自宅以外への迎車");
		assertThat(pickUp.amountFor(times)).isEqualTo(amount);
	}

	@ParameterizedTest(name = "{0}分 → {1}円")
	@CsvSource(textBlock = """
			 0,    0
			 1,  500
			30,  500
			31, 1000
			60, 1000
			61, 1500
			""")
	@DisplayName("待機料金 30分ごとに500円 (30分に満たない端数は30分)")
	void chargesWaitingPerStartedUnit(int minutes, long amount) {
		OtherCharge waiting = OtherCharge.perMinutes(ChargeKind.WAITING, null, 500, 30, "病院等で待機したとき");
		assertThat(waiting.amountFor(minutes)).isEqualTo(amount);
	}

	@ParameterizedTest(name = "{0}m → {1}円")
	@CsvSource(textBlock = """
			    0,   0
			  500, 100
			1_000, 100
			2_500, 300
			""")
	@DisplayName("迎車回送料金 回送1kmごとに100円")
	void chargesPickUpByDistance(String metres, long amount) {
		OtherCharge pickUp = OtherCharge.perDistance(ChargeKind.PICK_UP, "迎車回送料金", 100, 1_000, "事務所から5kmを超える迎車");
		assertThat(pickUp.amountFor(parse(metres))).isEqualTo(amount);
	}

	@Test
	@DisplayName("数量が負なら計算しない")
	void rejectsANegativeQuantity() {
		OtherCharge assistance = OtherCharge.perTrip(ChargeKind.ASSISTANCE, null, 300, "乗降介助を行ったとき");
		assertThatIllegalArgumentException().isThrownBy(() -> assistance.amountFor(-1));
	}

	@Test
	@DisplayName("誤りのある設定では計算しない (先に violations() で確かめる)")
	void refusesToCalculateWithAnInvalidFare() {
		Trip trip = Trip.ofMetres(5_000);
		assertThatIllegalStateException().isThrownBy(() -> new DistanceFare(0, 0, 0, 100).fare(trip));
		assertThatIllegalStateException().isThrownBy(() -> new TimeFare(0, -1, 10, 100).fare(trip));
		assertThatIllegalStateException().isThrownBy(() -> new FlatFare(-500).fare(trip));
		assertThatIllegalStateException()
			.isThrownBy(() -> OtherCharge.perMinutes(ChargeKind.WAITING, null, 500, 0, "待機したとき").amountFor(10));
		assertThatIllegalStateException().isThrownBy(() -> new FareSchedule(null, List.of(), null).fare(trip));
	}

	@Test
	@DisplayName("乗車の距離・時間は負にならない")
	void aTripIsNeverNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Trip(-1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Trip(0, -1));
	}

	@ParameterizedTest
	@EnumSource(SampleTrip.class)
	@DisplayName("定額制はすべての乗車例に、距離制は距離の、時間制は時間の乗車例に当てはまる")
	void samplesApplyToTheMethodTheyMeasure(SampleTrip sample) {
		assertThat(new FlatFare(800).fareFor(sample)).hasValue(800);
		assertThat(NAKAGAWA.fareFor(sample).isPresent()).isEqualTo(sample.measure() == FareMethod.DISTANCE);
		assertThat(new TimeFare(30, 500, 10, 150).fareFor(sample).isPresent())
			.isEqualTo(sample.measure() == FareMethod.TIME);
	}

	@Test
	@DisplayName("乗車例は2km・5km・10km・30分")
	void theSampleTrips() {
		assertThat(SampleTrip.values()).extracting(SampleTrip::trip)
			.containsExactly(Trip.ofMetres(2_000), Trip.ofMetres(5_000), Trip.ofMetres(10_000), Trip.ofMinutes(30));
	}

	@Test
	@DisplayName("各方式の種別")
	void eachFareNamesItsMethod() {
		assertThat(NAKAGAWA.method()).isEqualTo(FareMethod.DISTANCE);
		assertThat(new TimeFare(0, 0, 10, 300).method()).isEqualTo(FareMethod.TIME);
		assertThat(new FlatFare(500).method()).isEqualTo(FareMethod.FLAT);
		assertThat(FareSchedule.of(new FlatFare(500)).method()).isEqualTo(FareMethod.FLAT);
		assertThat(new FareSchedule(null, null, null).method()).isNull();
	}

	private static int parse(String number) {
		return Integer.parseInt(number.replace("_", "").replace(",", ""));
	}

}
