package jp.kyogikai.driver.rule;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.operator.rule.ServiceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("運転者の要件 (DriverQualification)")
class DriverQualificationTests {

	private static final LocalDate APPOINTED = LocalDate.of(2026, 4, 1);

	private static final LocalDate LICENCE_EXPIRY = LocalDate.of(2028, 6, 30);

	private static final LocalDate COURSE_DONE = LocalDate.of(2026, 3, 1);

	@ParameterizedTest(name = "{0}、有効期限R10.6.30、{1}に確認 → 資格あり={2}、[{3}]")
	@CsvSource(
			textBlock = """
					CLASS_2, 2028-06-29, true,  driver.licence.valid driver.licence.notSuspended driver.licence.class2
					CLASS_2, 2028-06-30, true,  driver.licence.valid driver.licence.notSuspended driver.licence.class2
					CLASS_2, 2028-07-01, false, driver.licence.expired driver.licence.notSuspended driver.licence.class2
					CLASS_1, 2028-06-30, true,  driver.licence.valid driver.licence.notSuspended driver.licence.noSuspensionBeforeAppointment driver.course.completed
					CLASS_1, 2028-07-01, false, driver.licence.expired driver.licence.notSuspended driver.licence.noSuspensionBeforeAppointment driver.course.completed
					""")
	@DisplayName("免許は有効期限の当日まで有効、翌日から失効 (失効した免許ではどの経路でも資格なし)")
	void requiresALicenceValidOnTheDay(LicenceClass licenceClass, LocalDate date, boolean qualified, String codes) {
		DriverProfile driver = driver(licenceClass, List.of(), Map.of(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE),
				false);
		QualificationResult result = DriverQualification.check(driver, Duty.welfare(), date);
		assertThat(result.qualified()).isEqualTo(qualified);
		assertThat(result.codes()).containsExactlyElementsOf(codes(codes));
	}

	@ParameterizedTest(name = "{0}、免許停止{1}～{2}、R8.4.1選任、{3}に確認 → 資格あり={4}、不足 [{5}]")
	@CsvSource(
			textBlock = """
					CLASS_2, 2026-05-01, 2026-05-30, 2026-04-30, true,  ''
					CLASS_2, 2026-05-01, 2026-05-30, 2026-05-01, false, driver.licence.suspended
					CLASS_2, 2026-05-01, 2026-05-30, 2026-05-30, false, driver.licence.suspended
					CLASS_2, 2026-05-01, 2026-05-30, 2026-05-31, true,  ''
					CLASS_2, 2025-01-10, 2025-02-08, 2026-04-01, true,  ''
					CLASS_2, 2026-03-02, 2026-03-31, 2026-04-01, true,  ''
					CLASS_1, 2026-05-01, 2026-05-30, 2026-05-15, false, driver.licence.suspended
					CLASS_1, 2026-05-01, 2026-05-30, 2026-05-31, true,  ''
					CLASS_1, 2026-03-02, 2026-04-01, 2026-04-01, false, driver.licence.suspended driver.licence.suspendedBeforeAppointment
					""")
	@DisplayName("停止中の免許では資格なし。二種は停止が明ければ直ちに資格あり")
	void neverQualifiesWhileSuspended(LicenceClass licenceClass, LocalDate from, LocalDate to, LocalDate date,
			boolean qualified, String failures) {
		DriverProfile driver = driver(licenceClass, List.of(new Suspension(from, to)),
				Map.of(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE), false);
		QualificationResult result = DriverQualification.check(driver, Duty.welfare(), date);
		assertThat(result.qualified()).isEqualTo(qualified);
		assertThat(result.failures()).extracting(QualificationCheck::code).containsExactlyElementsOf(codes(failures));
	}

	@ParameterizedTest(name = "一種、R8.4.1選任、免許停止{0}～{1} → 資格あり={2}")
	@CsvSource(textBlock = """
			2024-03-01, 2024-03-30, true
			2024-03-02, 2024-03-31, true
			2024-03-03, 2024-04-01, false
			2024-04-01, 2024-04-30, false
			2024-04-02, 2024-05-01, false
			2025-06-01, 2025-06-30, false
			2026-03-02, 2026-03-31, false
			2023-12-01, 2024-12-01, false
			2019-04-01, 2019-04-30, true
			2026-04-02, 2026-05-01, true
			""")
	@DisplayName("一種は選任前2年間 (R6.4.1からR8.4.1まで) に停止がないこと: R6.3.31までに明けた停止は問わず、R6.4.1にかかる停止は不可")
	void requiresNoSuspensionInTheTwoYearsBeforeAppointmentForClass1(LocalDate from, LocalDate to, boolean qualified) {
		DriverProfile driver = driver(LicenceClass.CLASS_1, List.of(new Suspension(from, to)),
				Map.of(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE), false);
		QualificationResult result = DriverQualification.check(driver, Duty.welfare(), LocalDate.of(2026, 6, 1));
		assertThat(result.qualified()).isEqualTo(qualified);
		assertThat(result.codes()).contains(qualified ? "driver.licence.noSuspensionBeforeAppointment"
				: "driver.licence.suspendedBeforeAppointment");
		DriverProfile class2 = driver(LicenceClass.CLASS_2, List.of(new Suspension(from, to)), Map.of(), false);
		assertThat(DriverQualification.check(class2, Duty.welfare(), LocalDate.of(2026, 6, 1)).qualified())
			.as("二種は過去の停止を問わない")
			.isTrue();
	}

	@Test
	@DisplayName("選任前2年間の停止の指摘は停止期間・2年間の初日・選任日を示す")
	void quotesTheSuspensionAndTheWindow() {
		Suspension suspension = new Suspension(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
		DriverProfile driver = driver(LicenceClass.CLASS_1, List.of(suspension),
				Map.of(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE), false);
		QualificationResult result = DriverQualification.check(driver, Duty.welfare(), APPOINTED);
		assertThat(result.failures())
			.containsExactly(new QualificationCheck("driver.licence.suspendedBeforeAppointment", false,
					List.of(suspension.from(), suspension.to(), LocalDate.of(2024, 4, 1), APPOINTED)));
	}

	@ParameterizedTest(name = "{0}、{1}、福祉講習{2}・空白地講習{3}修了、{4}に確認 → 資格あり={5}、[{6}]")
	@CsvSource(textBlock = """
			CLASS_1, WELFARE,       2026-03-01, ,           2026-04-01, true,  driver.course.completed
			CLASS_1, WELFARE,       ,           2026-03-01, 2026-04-01, false, driver.course.missing
			CLASS_1, WELFARE,       ,           ,           2026-04-01, false, driver.course.missing
			CLASS_1, WELFARE,       2026-04-01, ,           2026-04-01, true,  driver.course.completed
			CLASS_1, WELFARE,       2026-04-02, ,           2026-04-01, false, driver.course.missing
			CLASS_1, WELFARE,       2026-04-02, ,           2026-04-02, true,  driver.course.completed
			CLASS_1, TRANSPORT_GAP, ,           2026-03-01, 2026-04-01, true,  driver.course.completed
			CLASS_1, TRANSPORT_GAP, 2026-03-01, ,           2026-04-01, false, driver.course.missing
			CLASS_1, TRANSPORT_GAP, 2026-03-01, 2026-03-01, 2026-04-01, true,  driver.course.completed
			CLASS_2, WELFARE,       ,           ,           2026-04-01, true,  driver.licence.class2
			CLASS_2, TRANSPORT_GAP, ,           ,           2026-04-01, true,  driver.licence.class2
			""")
	@DisplayName("一種は運送の種別に応じた大臣認定講習 (福祉有償運送運転者講習・交通空白地有償運送運転者講習) の修了が必要、二種は不要")
	void requiresTheCourseForTheTransportKindWithAClass1Licence(LicenceClass licenceClass, ServiceKind kind,
			LocalDate welfareCourse, LocalDate transportGapCourse, LocalDate date, boolean qualified, String lastCode) {
		Map<ApprovedCourse, LocalDate> courses = new EnumMap<>(ApprovedCourse.class);
		if (welfareCourse != null) {
			courses.put(ApprovedCourse.WELFARE_DRIVER, welfareCourse);
		}
		if (transportGapCourse != null) {
			courses.put(ApprovedCourse.TRANSPORT_GAP_DRIVER, transportGapCourse);
		}
		DriverProfile driver = driver(licenceClass, List.of(), courses, false);
		Duty duty = (kind == ServiceKind.WELFARE) ? Duty.welfare() : Duty.transportGap();
		QualificationResult result = DriverQualification.check(driver, duty, date);
		assertThat(result.qualified()).isEqualTo(qualified);
		assertThat(result.codes()).last().isEqualTo(lastCode);
	}

	@Test
	@DisplayName("講習の指摘は講習の種類 (修了なら修了日も) を示す")
	void quotesTheCourse() {
		DriverProfile withCourse = driver(LicenceClass.CLASS_1, List.of(),
				Map.of(ApprovedCourse.TRANSPORT_GAP_DRIVER, COURSE_DONE), false);
		assertThat(DriverQualification.check(withCourse, Duty.transportGap(), APPOINTED).checks()).last()
			.isEqualTo(new QualificationCheck("driver.course.completed", true,
					List.of(ApprovedCourse.TRANSPORT_GAP_DRIVER, COURSE_DONE)));
		assertThat(DriverQualification.check(withCourse, Duty.welfare(), APPOINTED).failures()).containsExactly(
				new QualificationCheck("driver.course.missing", false, List.of(ApprovedCourse.WELFARE_DRIVER)));
	}

	@ParameterizedTest(name = "{0}、セダン等講習{1}修了、介護福祉士={2}、同乗者が要件を満たす={3} → 資格あり={4}、{5}")
	@CsvSource(textBlock = """
			CLASS_1, 2026-03-01, false, false, true,  driver.sedan.course
			CLASS_1, ,           true,  false, true,  driver.sedan.careWorker
			CLASS_1, ,           false, true,  true,  driver.sedan.crew
			CLASS_1, ,           false, false, false, driver.sedan.missing
			CLASS_1, 2026-04-01, false, false, true,  driver.sedan.course
			CLASS_1, 2026-04-02, false, false, false, driver.sedan.missing
			CLASS_1, 2026-03-01, true,  true,  true,  driver.sedan.course
			CLASS_2, ,           false, false, false, driver.sedan.missing
			CLASS_2, 2026-03-01, false, false, true,  driver.sedan.course
			CLASS_2, ,           true,  false, true,  driver.sedan.careWorker
			CLASS_2, ,           false, true,  true,  driver.sedan.crew
			""")
	@DisplayName("福祉有償運送でセダン等を使うときは、運転者か同乗する者がセダン等運転者講習の修了者か介護福祉士 (免許の種類を問わない)")
	void requiresTheSedanCourseOrACareWorkerForSedans(LicenceClass licenceClass, LocalDate sedanCourse,
			boolean careWorker, boolean crew, boolean qualified, String sedanCode) {
		Map<ApprovedCourse, LocalDate> courses = new EnumMap<>(ApprovedCourse.class);
		courses.put(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE);
		if (sedanCourse != null) {
			courses.put(ApprovedCourse.SEDAN_DRIVER, sedanCourse);
		}
		DriverProfile driver = driver(licenceClass, List.of(), courses, careWorker);
		QualificationResult result = DriverQualification.check(driver, Duty.welfareWithSedan(crew), APPOINTED);
		assertThat(result.qualified()).isEqualTo(qualified);
		assertThat(result.codes()).last().isEqualTo(sedanCode);
	}

	@Test
	@DisplayName("セダン等を使わない福祉有償運送、交通空白地有償運送ではセダン等の要件を確認しない")
	void asksForTheSedanRequirementOnlyForWelfareWithSedans() {
		DriverProfile driver = driver(LicenceClass.CLASS_1, List.of(),
				Map.of(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE, ApprovedCourse.TRANSPORT_GAP_DRIVER, COURSE_DONE),
				false);
		assertThat(DriverQualification.check(driver, Duty.welfare(), APPOINTED).codes())
			.noneMatch((code) -> code.startsWith("driver.sedan"));
		assertThat(
				DriverQualification.check(driver, new Duty(ServiceKind.TRANSPORT_GAP, true, false), APPOINTED).codes())
			.noneMatch((code) -> code.startsWith("driver.sedan"));
		assertThat(DriverQualification.check(driver, new Duty(ServiceKind.TRANSPORT_GAP, true, false), APPOINTED)
			.qualified()).isTrue();
	}

	@Test
	@DisplayName("要件確認表の行: 一種・セダン等の運転者は免許の有効期限、停止、選任前2年間の停止、講習、セダン等の5行")
	void listsEveryCheckInOrder() {
		DriverProfile driver = driver(LicenceClass.CLASS_1, List.of(),
				Map.of(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE), true);
		QualificationResult result = DriverQualification.check(driver, Duty.welfareWithSedan(false), APPOINTED);
		assertThat(result.checks()).containsExactly(
				new QualificationCheck("driver.licence.valid", true, List.of(LICENCE_EXPIRY)),
				new QualificationCheck("driver.licence.notSuspended", true, List.of()),
				new QualificationCheck("driver.licence.noSuspensionBeforeAppointment", true,
						List.of(LocalDate.of(2024, 4, 1), APPOINTED)),
				new QualificationCheck("driver.course.completed", true,
						List.of(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE)),
				new QualificationCheck("driver.sedan.careWorker", true, List.of()));
		assertThat(result.qualified()).isTrue();
		assertThat(result.failures()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(LicenceClass.class)
	@DisplayName("失効し停止中で講習もない運転者は、不足をすべて示す")
	void reportsEveryFailureAtOnce(LicenceClass licenceClass) {
		Suspension current = new Suspension(LocalDate.of(2028, 6, 1), LocalDate.of(2028, 8, 31));
		DriverProfile driver = driver(licenceClass, List.of(current), Map.of(), false);
		QualificationResult result = DriverQualification.check(driver, Duty.welfareWithSedan(false),
				LocalDate.of(2028, 7, 1));
		assertThat(result.qualified()).isFalse();
		List<String> expected = (licenceClass == LicenceClass.CLASS_2)
				? List.of("driver.licence.expired", "driver.licence.suspended", "driver.sedan.missing")
				: List.of("driver.licence.expired", "driver.licence.suspended", "driver.course.missing",
						"driver.sedan.missing");
		assertThat(result.failures()).extracting(QualificationCheck::code).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}選任 → 停止を問う期間は{1}から")
	@CsvSource(textBlock = """
			2026-04-01, 2024-04-01
			2026-03-31, 2024-03-31
			2028-02-29, 2026-02-28
			2027-03-01, 2025-03-01
			""")
	@DisplayName("選任前2年間は、選任日の2年前の同じ日から")
	void startsTheSuspensionWindowTwoYearsBefore(LocalDate appointedOn, LocalDate windowStart) {
		assertThat(DriverQualification.suspensionWindowStart(appointedOn)).isEqualTo(windowStart);
	}

	@ParameterizedTest(name = "{0}退任 → {1}まで保存")
	@CsvSource(textBlock = """
			2026-03-31, 2028-03-31
			2026-04-01, 2028-04-01
			2026-08-10, 2028-08-10
			2025-12-31, 2027-12-31
			2026-02-28, 2028-02-29
			2024-02-28, 2026-02-28
			2024-02-29, 2026-02-28
			2027-02-28, 2029-02-28
			""")
	@DisplayName("運転者等台帳は退任の日の翌日から2年間保存する (民法140条・143条)")
	void keepsTheRecordsTwoYearsAfterLeaving(LocalDate leftOn, LocalDate retainUntil) {
		assertThat(DriverQualification.retainUntil(leftOn)).isEqualTo(retainUntil);
		assertThat(DriverQualification.mayDiscard(leftOn, retainUntil)).isFalse();
		assertThat(DriverQualification.mayDiscard(leftOn, retainUntil.plusDays(1))).isTrue();
		assertThat(DriverQualification.mayDiscard(leftOn, leftOn)).isFalse();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			WELFARE,       WELFARE_DRIVER
			TRANSPORT_GAP, TRANSPORT_GAP_DRIVER
			""")
	@DisplayName("運送の種別に応じた大臣認定講習")
	void namesTheCourseForEachKind(ServiceKind kind, ApprovedCourse course) {
		assertThat(ApprovedCourse.requiredFor(kind)).isEqualTo(course);
	}

	@ParameterizedTest(name = "停止R8.5.1～R8.5.30、{0} → 停止中={1}、{2}～{3}と重なる={4}")
	@CsvSource(textBlock = """
			2026-04-30, false, 2026-04-01, 2026-04-30, false
			2026-05-01, true,  2026-04-01, 2026-05-01, true
			2026-05-30, true,  2026-05-30, 2026-06-30, true
			2026-05-31, false, 2026-05-31, 2026-06-30, false
			2026-05-15, true,  2026-05-10, 2026-05-20, true
			2026-06-01, false, 2026-01-01, 2026-12-31, true
			""")
	@DisplayName("免許停止は初日と末日を含む")
	void includesBothEndsOfASuspension(LocalDate date, boolean contains, LocalDate start, LocalDate end,
			boolean overlaps) {
		Suspension suspension = new Suspension(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 30));
		assertThat(suspension.contains(date)).isEqualTo(contains);
		assertThat(suspension.overlaps(start, end)).isEqualTo(overlaps);
	}

	@Test
	@DisplayName("選任前2年間に停止が2回あれば、早い方を示す")
	void quotesTheEarliestSuspensionInTheWindow() {
		Suspension later = new Suspension(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
		Suspension earlier = new Suspension(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30));
		Licence licence = new Licence(LicenceClass.CLASS_1, LICENCE_EXPIRY, List.of(later, earlier));
		assertThat(licence.suspensionBetween(LocalDate.of(2024, 4, 1), APPOINTED)).contains(earlier);
		assertThat(licence.suspensionBetween(LocalDate.of(2025, 1, 1), APPOINTED)).contains(later);
		assertThat(licence.suspensionBetween(LocalDate.of(2025, 10, 1), APPOINTED)).isEmpty();
	}

	@Test
	@DisplayName("末日が初日より前の停止、欠けた事実は作れない")
	void rejectsImpossibleFacts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Suspension(LocalDate.of(2026, 5, 30), LocalDate.of(2026, 5, 1)))
			.withMessageContaining("停止期間の終了日が開始日より前です");
		assertThatNullPointerException().isThrownBy(() -> new Licence(null, LICENCE_EXPIRY, List.of()))
			.withMessage("licenceClass");
		assertThatNullPointerException()
			.isThrownBy(() -> new DriverProfile(new Licence(LicenceClass.CLASS_2, LICENCE_EXPIRY, List.of()), null,
					Map.of(), false))
			.withMessage("appointedOn");
		assertThatNullPointerException().isThrownBy(() -> new Duty(null, false, false)).withMessage("kind");
	}

	@ParameterizedTest(name = "一種、R8.4.1選任、停止{0}～{1}と{2}～{3}、{4}に確認 → 資格あり={5}、不足 [{6}]、指摘する停止の初日 {7}")
	@CsvSource(
			textBlock = """
					2023-05-01, 2023-05-30, 2024-03-02, 2024-03-31, 2026-06-01, true,  '',
					2023-05-01, 2023-05-30, 2024-03-03, 2024-04-01, 2026-06-01, false, driver.licence.suspendedBeforeAppointment, 2024-03-03
					2023-05-01, 2023-05-30, 2026-03-02, 2026-04-01, 2026-06-01, false, driver.licence.suspendedBeforeAppointment, 2026-03-02
					2024-03-01, 2024-03-31, 2026-04-02, 2026-05-01, 2026-06-01, true,  '',
					2024-03-01, 2024-03-31, 2026-04-02, 2026-05-01, 2026-05-01, false, driver.licence.suspended, 2026-04-02
					2024-03-01, 2024-03-31, 2026-04-02, 2026-05-01, 2026-05-02, true,  '',
					2024-04-01, 2024-04-30, 2025-06-01, 2025-06-30, 2026-06-01, false, driver.licence.suspendedBeforeAppointment, 2024-04-01
					2022-01-10, 2022-02-08, 2024-03-31, 2024-04-29, 2026-06-01, false, driver.licence.suspendedBeforeAppointment, 2024-03-31
					""")
	@DisplayName("停止が複数あれば、選任前2年間 (R6.4.1からR8.4.1まで) にかかるものだけを問い、最も早いものを示す (記録の順は問わない)")
	void weighsEverySuspensionOnRecord(LocalDate olderFrom, LocalDate olderTo, LocalDate newerFrom, LocalDate newerTo,
			LocalDate date, boolean qualified, String failures, LocalDate quotedFrom) {
		Suspension older = new Suspension(olderFrom, olderTo);
		Suspension newer = new Suspension(newerFrom, newerTo);
		for (List<Suspension> suspensions : List.of(List.of(older, newer), List.of(newer, older))) {
			DriverProfile driver = driver(LicenceClass.CLASS_1, suspensions,
					Map.of(ApprovedCourse.WELFARE_DRIVER, COURSE_DONE), false);
			QualificationResult result = DriverQualification.check(driver, Duty.welfare(), date);
			assertThat(result.qualified()).isEqualTo(qualified);
			assertThat(result.failures()).extracting(QualificationCheck::code)
				.containsExactlyElementsOf(codes(failures));
			if (quotedFrom != null) {
				assertThat(result.failures()).first()
					.extracting((check) -> check.arguments().get(0))
					.isEqualTo(quotedFrom);
			}
		}
	}

	private static DriverProfile driver(LicenceClass licenceClass, List<Suspension> suspensions,
			Map<ApprovedCourse, LocalDate> courses, boolean careWorker) {
		return new DriverProfile(new Licence(licenceClass, LICENCE_EXPIRY, suspensions), APPOINTED, courses,
				careWorker);
	}

	private static List<String> codes(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return List.of(codes.trim().split("\\s+"));
	}

}
