package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("対価表の入力チェック (FareSchedule.violations)")
class FareScheduleValidationTests {

	private static final OtherCharge PICK_UP = OtherCharge.perTrip(ChargeKind.PICK_UP, null, 300, "迎車したとき");

	private static final OtherCharge WAITING = OtherCharge.perMinutes(ChargeKind.WAITING, "待機料金", 500, 30,
			"病院等で30分を超えて待機したとき");

	private static final long MAX = 100_000L;

	static Stream<Arguments> validSchedules() {
		return Stream.of(arguments("距離制 基本距離0m・0円", schedule(new DistanceFare(0, 0, 1_000, 100))),
				arguments("距離制 基本距離100km・10万円", schedule(new DistanceFare(100_000, MAX, 1, MAX))),
				arguments("距離制 加算距離1m・加算0円", schedule(new DistanceFare(2_000, 200, 1, 0))),
				arguments("距離制 加算距離100km", schedule(new DistanceFare(2_000, 200, 100_000, 100))),
				arguments("時間制 基本0分", schedule(new TimeFare(0, 0, 10, 300))),
				arguments("時間制 基本24時間・加算1分", schedule(new TimeFare(1_440, MAX, 1, 1))),
				arguments("時間制 加算24時間", schedule(new TimeFare(60, 700, 1_440, 700))),
				arguments("定額制 0円", schedule(new FlatFare(0))), arguments("定額制 10万円", schedule(new FlatFare(MAX))),
				arguments("迎車・待機・介助・キャンセル・その他", new FareSchedule(new FlatFare(500),
						List.of(PICK_UP, WAITING, OtherCharge.perTrip(ChargeKind.ASSISTANCE, null, 0, "乗降介助 (無料)"),
								OtherCharge.perTrip(ChargeKind.CANCELLATION, "", 500, "前日17時以降の取消し"),
								OtherCharge.perDistance(ChargeKind.OTHER, "有料道路", 100, 1_000, "利用者の希望で使ったとき")),
						null)),
				arguments("その他の料金 0円・10万円",
						charges(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 0, "迎車"),
								OtherCharge.perTrip(ChargeKind.PICK_UP, null, MAX, "迎車"))),
				arguments("1回につきの料金は単位の数を見ない",
						charges(new OtherCharge(ChargeKind.PICK_UP, null, 300, ChargeUnit.PER_TRIP, -5, "迎車"))),
				arguments("単位時間 1分・24時間",
						charges(OtherCharge.perMinutes(ChargeKind.WAITING, null, 10, 1, "待機"),
								OtherCharge.perMinutes(ChargeKind.WAITING, null, 10, 1_440, "待機"))),
				arguments("単位距離 1m・100km",
						charges(OtherCharge.perDistance(ChargeKind.PICK_UP, null, 10, 1, "回送"),
								OtherCharge.perDistance(ChargeKind.PICK_UP, null, 10, 100_000, "回送"))),
				arguments("名称50文字・条件200文字",
						charges(OtherCharge.perTrip(ChargeKind.OTHER, "名".repeat(50), 100, "条".repeat(200)))),
				arguments("その他の料金20件", charges(Collections.nCopies(20, PICK_UP).toArray(OtherCharge[]::new))),
				arguments("幅 5割増・5割引", new FareSchedule(new FlatFare(1000), null, new DynamicBand(50, 50))),
				arguments("幅 0%・0%", new FareSchedule(new FlatFare(1000), null, new DynamicBand(0, 0))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validSchedules")
	@DisplayName("範囲の両端は受け入れる")
	void acceptsTheBoundaries(String description, FareSchedule schedule) {
		assertThat(schedule.violations()).isEmpty();
		assertThat(schedule.isValid()).isTrue();
	}

	static Stream<Arguments> singleViolations() {
		return Stream.of(arguments("方式を選んでいない", new FareSchedule(null, null, null), violation("fare", "fare.required")),
				arguments("基本距離 -1m", schedule(new DistanceFare(-1, 200, 1_000, 100)),
						violation("fare.baseMetres", "fare.metres.range", 0, 100_000)),
				arguments("基本距離 100km+1m", schedule(new DistanceFare(100_001, 200, 1_000, 100)),
						violation("fare.baseMetres", "fare.metres.range", 0, 100_000)),
				arguments("基本運賃 -1円", schedule(new DistanceFare(2_000, -1, 1_000, 100)),
						violation("fare.baseFare", "fare.amount.range", 0L, MAX)),
				arguments("基本運賃 10万1円", schedule(new DistanceFare(2_000, MAX + 1, 1_000, 100)),
						violation("fare.baseFare", "fare.amount.range", 0L, MAX)),
				arguments("加算距離 0m", schedule(new DistanceFare(2_000, 200, 0, 100)),
						violation("fare.incrementMetres", "fare.metres.range", 1, 100_000)),
				arguments("加算距離 -1000m", schedule(new DistanceFare(2_000, 200, -1_000, 100)),
						violation("fare.incrementMetres", "fare.metres.range", 1, 100_000)),
				arguments("加算距離 100km+1m", schedule(new DistanceFare(2_000, 200, 100_001, 100)),
						violation("fare.incrementMetres", "fare.metres.range", 1, 100_000)),
				arguments("距離制 加算運賃 -100円", schedule(new DistanceFare(2_000, 200, 1_000, -100)),
						violation("fare.incrementFare", "fare.amount.range", 0L, MAX)),
				arguments("基本時間 -1分", schedule(new TimeFare(-1, 500, 10, 100)),
						violation("fare.baseMinutes", "fare.minutes.range", 0, 1_440)),
				arguments("基本時間 24時間1分", schedule(new TimeFare(1_441, 500, 10, 100)),
						violation("fare.baseMinutes", "fare.minutes.range", 0, 1_440)),
				arguments("時間制 基本運賃 -1円", schedule(new TimeFare(30, -1, 10, 100)),
						violation("fare.baseFare", "fare.amount.range", 0L, MAX)),
				arguments("加算時間 0分", schedule(new TimeFare(30, 500, 0, 100)),
						violation("fare.incrementMinutes", "fare.minutes.range", 1, 1_440)),
				arguments("加算時間 24時間1分", schedule(new TimeFare(30, 500, 1_441, 100)),
						violation("fare.incrementMinutes", "fare.minutes.range", 1, 1_440)),
				arguments("時間制 加算運賃 10万1円", schedule(new TimeFare(30, 500, 10, MAX + 1)),
						violation("fare.incrementFare", "fare.amount.range", 0L, MAX)),
				arguments("定額 -1円", schedule(new FlatFare(-1)), violation("fare.amount", "fare.amount.range", 0L, MAX)),
				arguments("定額 10万1円", schedule(new FlatFare(MAX + 1)),
						violation("fare.amount", "fare.amount.range", 0L, MAX)),
				arguments("割増 51%", new FareSchedule(new FlatFare(1000), null, new DynamicBand(51, 50)),
						violation("dynamicBand.upperPercent", "fare.dynamicBand.range", 50)),
				arguments("割引 51%", new FareSchedule(new FlatFare(1000), null, new DynamicBand(50, 51)),
						violation("dynamicBand.lowerPercent", "fare.dynamicBand.range", 50)),
				arguments("割増 -10%", new FareSchedule(new FlatFare(1000), null, new DynamicBand(-10, 0)),
						violation("dynamicBand.upperPercent", "fare.dynamicBand.range", 50)),
				arguments("料金の種類なし", charges(new OtherCharge(null, "送迎", 300, ChargeUnit.PER_TRIP, 0, "迎車")),
						violation("otherCharges[0].kind", "fare.otherCharge.kind.required", 1)),
				arguments("料金の行が空", charges(PICK_UP, null),
						violation("otherCharges[1].kind", "fare.otherCharge.kind.required", 2)),
				arguments("その他の料金に名称なし", charges(OtherCharge.perTrip(ChargeKind.OTHER, " ", 300, "希望したとき")),
						violation("otherCharges[0].name", "fare.otherCharge.name.required", 1)),
				arguments("名称51文字", charges(OtherCharge.perTrip(ChargeKind.PICK_UP, "名".repeat(51), 300, "迎車")),
						violation("otherCharges[0].name", "fare.otherCharge.name.tooLong", 1, 50)),
				arguments("料金 -1円", charges(PICK_UP, OtherCharge.perTrip(ChargeKind.ASSISTANCE, null, -1, "介助")),
						violation("otherCharges[1].amount", "fare.otherCharge.amount.range", 2, MAX)),
				arguments("料金 10万1円", charges(OtherCharge.perTrip(ChargeKind.CANCELLATION, null, MAX + 1, "取消し")),
						violation("otherCharges[0].amount", "fare.otherCharge.amount.range", 1, MAX)),
				arguments("単位なし", charges(new OtherCharge(ChargeKind.PICK_UP, null, 300, null, 0, "迎車")),
						violation("otherCharges[0].unit", "fare.otherCharge.unit.required", 1)),
				arguments("単位時間 0分", charges(OtherCharge.perMinutes(ChargeKind.WAITING, null, 500, 0, "待機")),
						violation("otherCharges[0].unitSize", "fare.otherCharge.unitMinutes.range", 1, 1_440)),
				arguments("単位時間 24時間1分", charges(OtherCharge.perMinutes(ChargeKind.WAITING, null, 500, 1_441, "待機")),
						violation("otherCharges[0].unitSize", "fare.otherCharge.unitMinutes.range", 1, 1_440)),
				arguments("単位距離 0m", charges(OtherCharge.perDistance(ChargeKind.PICK_UP, null, 100, 0, "回送")),
						violation("otherCharges[0].unitSize", "fare.otherCharge.unitMetres.range", 1, 100_000)),
				arguments("単位距離 100km+1m",
						charges(OtherCharge.perDistance(ChargeKind.PICK_UP, null, 100, 100_001, "回送")),
						violation("otherCharges[0].unitSize", "fare.otherCharge.unitMetres.range", 1, 100_000)),
				arguments("適用の条件なし", charges(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 300, null)),
						violation("otherCharges[0].appliesWhen", "fare.otherCharge.appliesWhen.required", 1)),
				arguments("適用の条件が空白", charges(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 300, " 　")),
						violation("otherCharges[0].appliesWhen", "fare.otherCharge.appliesWhen.required", 1)),
				arguments("適用の条件201文字", charges(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 300, "条".repeat(201))),
						violation("otherCharges[0].appliesWhen", "fare.otherCharge.appliesWhen.tooLong", 1, 200)),
				arguments("その他の料金21件", charges(Collections.nCopies(21, PICK_UP).toArray(OtherCharge[]::new)),
						violation("otherCharges", "fare.otherCharges.tooMany", 20)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("singleViolations")
	@DisplayName("誤りは項目とメッセージコードで返し、例外にしない")
	void reportsEachMistakeOnItsField(String description, FareSchedule schedule, ApplicationViolation expected) {
		assertThat(schedule.violations()).containsExactly(expected);
		assertThat(schedule.isValid()).isFalse();
	}

	@Test
	@DisplayName("誤りはすべてまとめて返す")
	void reportsEveryMistakeAtOnce() {
		FareSchedule schedule = new FareSchedule(new DistanceFare(-1, -1, 0, -1),
				List.of(PICK_UP, new OtherCharge(ChargeKind.OTHER, null, -1, ChargeUnit.PER_MINUTES, 0, "")),
				new DynamicBand(60, 60));
		assertThat(schedule.violations()).extracting(ApplicationViolation::field)
			.containsExactly("fare.baseMetres", "fare.baseFare", "fare.incrementMetres", "fare.incrementFare",
					"otherCharges[1].name", "otherCharges[1].amount", "otherCharges[1].unitSize",
					"otherCharges[1].appliesWhen", "dynamicBand.upperPercent", "dynamicBand.lowerPercent");
	}

	@Test
	@DisplayName("対価表は渡されたリストの写しを持つ")
	void keepsItsOwnCopyOfTheCharges() {
		List<OtherCharge> charges = new ArrayList<>(List.of(PICK_UP));
		FareSchedule schedule = new FareSchedule(new FlatFare(500), charges, null);
		charges.add(WAITING);
		assertThat(schedule.otherCharges()).containsExactly(PICK_UP);
	}

	@Test
	@DisplayName("項目の名前は入れ子にできる")
	void nestsAViolationUnderAnotherField() {
		assertThat(violation("baseFare", "fare.amount.range", 0L, MAX).under("current"))
			.isEqualTo(violation("current.baseFare", "fare.amount.range", 0L, MAX));
	}

	private static FareSchedule schedule(BaseFare fare) {
		return FareSchedule.of(fare);
	}

	private static FareSchedule charges(OtherCharge... charges) {
		return new FareSchedule(new FlatFare(500), java.util.Arrays.asList(charges), null);
	}

	private static ApplicationViolation violation(String field, String code, Object... arguments) {
		return new ApplicationViolation(field, code, arguments);
	}

}
