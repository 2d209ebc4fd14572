package jp.kyogikai.fare;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jp.kyogikai.application.rule.ChargeKind;
import jp.kyogikai.application.rule.ChargeUnit;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.DynamicBand;
import jp.kyogikai.application.rule.FareMethod;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.FlatFare;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.application.rule.TimeFare;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("対価のフォーム (FareScheduleForm)")
class FareScheduleFormTests {

	static Stream<FareSchedule> schedules() {
		return Stream.of(FareSchedule.of(new DistanceFare(2_000, 300, 1_000, 100)),
				FareSchedule.of(new DistanceFare(0, 0, 1_000, 100)),
				new FareSchedule(new TimeFare(30, 500, 15, 200),
						List.of(OtherCharge.perMinutes(ChargeKind.WAITING, null, 200, 30, "30分を超えて待つとき"),
								OtherCharge.perDistance(ChargeKind.PICK_UP, "遠方迎車", 50, 1_000, "2kmを超えるとき")),
						new DynamicBand(20, 30)),
				new FareSchedule(new FlatFare(500),
						List.of(OtherCharge.perTrip(ChargeKind.ASSISTANCE, null, 0, "乗降を介助するとき"),
								OtherCharge.perTrip(ChargeKind.OTHER, "おむつ交換", 300, "交換を頼まれたとき")),
						new DynamicBand(0, 50)),
				FarePersistenceTests.DISTANCE);
	}

	@ParameterizedTest
	@MethodSource("schedules")
	void aScheduleGoesThroughTheFormUnchanged(FareSchedule schedule) {
		assertThat(FareScheduleForm.of(schedule).toSchedule()).isEqualTo(schedule);
		assertThat(FareScheduleForm.of(schedule).withBlankRows().toSchedule()).isEqualTo(schedule);
		assertThat(FareScheduleForm.of(schedule).violations()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("schedules")
	void aScheduleGoesThroughSpringBindingUnchanged(FareSchedule schedule) {
		FareScheduleForm shown = FareScheduleForm.of(schedule).withBlankRows();
		MutablePropertyValues posted = new MutablePropertyValues();
		posted.add("schedule.method", shown.getMethod().name());
		add(posted, "schedule.baseMetres", shown.getBaseMetres());
		add(posted, "schedule.baseMinutes", shown.getBaseMinutes());
		add(posted, "schedule.baseFare", shown.getBaseFare());
		add(posted, "schedule.incrementMetres", shown.getIncrementMetres());
		add(posted, "schedule.incrementMinutes", shown.getIncrementMinutes());
		add(posted, "schedule.incrementFare", shown.getIncrementFare());
		add(posted, "schedule.flatAmount", shown.getFlatAmount());
		add(posted, "schedule.dynamicBandUpperPercent", shown.getDynamicBandUpperPercent());
		add(posted, "schedule.dynamicBandLowerPercent", shown.getDynamicBandLowerPercent());
		for (int i = 0; i < shown.getOtherCharges().size(); i++) {
			OtherChargeForm row = shown.getOtherCharges().get(i);
			String p = "schedule.otherCharges[" + i + "].";
			posted.add(p + "kind", (row.getKind() != null) ? row.getKind().name() : "");
			posted.add(p + "name", (row.getName() != null) ? row.getName() : "");
			add(posted, p + "amount", row.getAmount());
			posted.add(p + "unit", (row.getUnit() != null) ? row.getUnit().name() : "");
			add(posted, p + "unitSize", row.getUnitSize());
			posted.add(p + "appliesWhen", (row.getAppliesWhen() != null) ? row.getAppliesWhen() : "");
		}
		AgreedFareForm form = new AgreedFareForm();
		DataBinder binder = new DataBinder(form, "agreedFareForm");
		binder.bind(posted);
		BindingResult result = binder.getBindingResult();
		assertThat(form.getSchedule().check(result, "schedule")).isFalse();
		assertThat(result.hasErrors()).isFalse();
		assertThat(form.getSchedule().toSchedule()).isEqualTo(schedule);
	}

	@Test
	void emptyRowsAreLeftOutAndRowsAreNumberedAsTheFormShowsThem() {
		FareScheduleForm form = FareScheduleForm.of(FareSchedule.of(new FlatFare(500)));
		form.getOtherCharges().add(new OtherChargeForm());
		OtherChargeForm second = new OtherChargeForm();
		second.setKind(ChargeKind.PICK_UP);
		second.setAmount(100L);
		second.setUnit(ChargeUnit.PER_TRIP);
		form.getOtherCharges().add(second);
		form.getOtherCharges().add(new OtherChargeForm());
		assertThat(form.toSchedule().otherCharges()).hasSize(1);
		BindingResult result = bind(form);
		assertThat(form.check(result, "schedule")).isTrue();
		assertThat(result.getFieldErrors()).extracting(FieldError::getField)
			.containsExactly("schedule.otherCharges[1].appliesWhen");
		assertThat(messages(result)).containsExactly("運賃以外の料金（2行目）がかかる場合（適用の条件）を入力してください。");
	}

	@Test
	void violationsAreShownBesideTheirFieldsInJapanese() {
		FareScheduleForm form = new FareScheduleForm();
		form.setMethod(FareMethod.DISTANCE);
		form.setBaseMetres(2_000);
		form.setBaseFare(-1L);
		form.setIncrementMetres(0);
		form.setDynamicBandUpperPercent(60);
		OtherChargeForm charge = new OtherChargeForm();
		charge.setKind(ChargeKind.WAITING);
		charge.setUnit(ChargeUnit.PER_MINUTES);
		charge.setAppliesWhen("待つとき");
		form.getOtherCharges().add(charge);
		BindingResult result = bind(form);
		assertThat(form.check(result, "schedule")).isTrue();
		assertThat(result.getFieldErrors()).extracting(FieldError::getField)
			.containsExactlyInAnyOrder("schedule.baseFare", "schedule.incrementMetres", "schedule.incrementFare",
					"schedule.otherCharges[0].amount", "schedule.otherCharges[0].unitSize",
					"schedule.dynamicBandUpperPercent");
		assertThat(messages(result)).containsExactlyInAnyOrder("基本運賃（円）は0円から100,000円までで入力してください。",
				"加算距離（m）は1mから100,000mまでで入力してください。", "加算運賃（円）を入力してください。", "運賃以外の料金（1行目）の金額は0円から100,000円までで入力してください。",
				"運賃以外の料金（1行目）の単位時間は1分から1,440分までで入力してください。", "割増の上限（%）は0%から50%までで入力してください（通常の対価の5割増・5割引が限度です）。");
	}

	@Test
	void aMethodMustBeChosenAndOnlyItsFiguresAreNeeded() {
		FareScheduleForm none = new FareScheduleForm();
		none.setBaseMetres(2_000);
		BindingResult result = bind(none);
		assertThat(none.check(result, "schedule")).isTrue();
		assertThat(result.getFieldErrors()).extracting(FieldError::getField).containsExactly("schedule.method");
		assertThat(messages(result)).containsExactly("運賃の方式（距離制・時間制・定額制）を選んでください。");
		FareScheduleForm flat = new FareScheduleForm();
		flat.setMethod(FareMethod.FLAT);
		flat.setBaseMetres(2_000);
		BindingResult flatResult = bind(flat);
		assertThat(flat.check(flatResult, "schedule")).isTrue();
		assertThat(messages(flatResult)).containsExactly("1回の運賃（円）を入力してください。");
		flat.setFlatAmount(500L);
		assertThat(flat.check(bind(flat), "schedule")).isFalse();
		assertThat(flat.toSchedule()).isEqualTo(FareSchedule.of(new FlatFare(500)));
	}

	@Test
	void aFieldThatSpringCouldNotBindKeepsItsOneError() {
		AgreedFareForm form = new AgreedFareForm();
		DataBinder binder = new DataBinder(form, "agreedFareForm");
		binder.bind(new MutablePropertyValues().add("schedule.method", "DISTANCE")
			.add("schedule.baseMetres", "２キロ")
			.add("schedule.baseFare", "300")
			.add("schedule.incrementMetres", "1000")
			.add("schedule.incrementFare", "100"));
		BindingResult result = binder.getBindingResult();
		assertThat(form.getSchedule().check(result, "schedule")).isTrue();
		assertThat(result.getFieldErrors("schedule.baseMetres")).hasSize(1);
		assertThat(messages(result)).containsExactly("基本距離（m）は半角数字で入力してください。");
	}

	@Test
	void theFormOffersBlankRowsUpToTheLimit() {
		assertThat(new FareScheduleForm().withBlankRows().getOtherCharges()).hasSize(FareScheduleForm.BLANK_ROWS);
		FareScheduleForm full = new FareScheduleForm();
		for (int i = 0; i < FareSchedule.MAX_OTHER_CHARGES - 1; i++) {
			full.getOtherCharges().add(OtherChargeForm.of(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 100, "迎車")));
		}
		assertThat(full.withBlankRows().getOtherCharges()).hasSize(FareSchedule.MAX_OTHER_CHARGES);
	}

	private static void add(MutablePropertyValues values, String name, Number value) {
		values.add(name, (value != null) ? value.toString() : "");
	}

	private static BindingResult bind(FareScheduleForm schedule) {
		AgreedFareForm form = new AgreedFareForm();
		form.setSchedule(schedule);
		return new DataBinder(form, "agreedFareForm").getBindingResult();
	}

	static List<String> messages(BindingResult result) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return result.getAllErrors().stream().map((error) -> source.getMessage(error, Locale.JAPAN)).toList();
	}

}
