package jp.kyogikai.vehicle.rule;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("損害賠償措置 (InsuranceCover)")
class InsuranceCoverTests {

	private static final LocalDate FROM = LocalDate.of(2025, 10, 1);

	private static final LocalDate TO = LocalDate.of(2026, 9, 30);

	/** In the middle of the policy period, far from its end. */
	private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	@ParameterizedTest(name = "対人{0}、対物{1}、搭乗者傷害{2} → [{3}]")
	@CsvSource(textBlock = """
			無制限,      無制限,    10000000, ''
			80000000,   2000000,   10000000, ''
			80000001,   2000001,   1,        ''
			79999999,   2000000,   10000000, insurance.perPerson.below
			80000000,   1999999,   10000000, insurance.property.below
			50000000,   1000000,   10000000, insurance.perPerson.below insurance.property.below
			0,          0,         10000000, insurance.perPerson.below insurance.property.below
			無制限,      無制限,    0,        insurance.passenger.missing
			30000000,   無制限,    0,        insurance.perPerson.below insurance.passenger.missing
			無制限,      20000000,  無制限,    ''
			""")
	@DisplayName("標準の最低額 (対人8,000万円・対物200万円・搭乗者傷害あり): ちょうど最低額なら足り、1円でも下回れば指摘、無制限は常に足りる")
	void checksTheAmountsAgainstTheStandardMinimums(String perPerson, String property, String passenger, String codes) {
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, amount(perPerson), amount(property), amount(passenger));
		List<VehicleFinding> findings = InsuranceCover.check(policy, InsuranceMinimums.standard(), TODAY, 60);
		assertThat(findings).extracting(VehicleFinding::code).containsExactlyElementsOf(VehicleRulesTests.codes(codes));
		assertThat(findings).allMatch(VehicleFinding::isViolation);
	}

	@Test
	@DisplayName("下回るときは補償額と最低額を示す")
	void quotesTheCoverAndTheMinimum() {
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, CoverAmount.of(50_000_000), CoverAmount.of(1_000_000),
				CoverAmount.of(3_000_000));
		InsuranceMinimums minimums = new InsuranceMinimums(80_000_000, 2_000_000, true, 5_000_000);
		assertThat(InsuranceCover.check(policy, minimums, TODAY, 60)).containsExactly(
				VehicleFinding.violation("insurance.perPerson.below", 50_000_000L, 80_000_000L),
				VehicleFinding.violation("insurance.property.below", 1_000_000L, 2_000_000L),
				VehicleFinding.violation("insurance.passenger.below", 3_000_000L, 5_000_000L));
	}

	@ParameterizedTest(name = "協議会の最低額 対人{0}・対物{1}・搭乗者傷害必須={2} ({3}円以上)、保険 対人{4}・対物{5}・搭乗者傷害{6} → [{7}]")
	@CsvSource(textBlock = """
			100000000, 2000000,  true,  0,       80000000,  2000000,  1000000, insurance.perPerson.below
			100000000, 2000000,  true,  0,       100000000, 2000000,  1000000, ''
			100000000, 2000000,  true,  0,       無制限,     2000000,  1000000, ''
			80000000,  10000000, true,  0,       無制限,     9999999,  1000000, insurance.property.below
			80000000,  10000000, true,  0,       無制限,     無制限,    1000000, ''
			80000000,  2000000,  false, 0,       無制限,     無制限,    0,       ''
			80000000,  2000000,  false, 5000000, 無制限,     無制限,    1000000, ''
			80000000,  2000000,  true,  5000000, 無制限,     無制限,    4999999, insurance.passenger.below
			80000000,  2000000,  true,  5000000, 無制限,     無制限,    5000000, ''
			80000000,  2000000,  true,  5000000, 無制限,     無制限,    0,       insurance.passenger.missing
			80000000,  2000000,  true,  5000000, 無制限,     無制限,    無制限,   ''
			""")
	@DisplayName("協議会の設定した最低額で確認する: 上乗せした最低額、搭乗者傷害を求めない協議会、搭乗者傷害の最低額")
	void checksAgainstTheCouncilsOwnMinimums(long minPerPerson, long minProperty, boolean passengerRequired,
			long minPassenger, String perPerson, String property, String passenger, String codes) {
		InsuranceMinimums minimums = new InsuranceMinimums(minPerPerson, minProperty, passengerRequired, minPassenger);
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, amount(perPerson), amount(property), amount(passenger));
		assertThat(InsuranceCover.check(policy, minimums, TODAY, 60)).extracting(VehicleFinding::code)
			.containsExactlyElementsOf(VehicleRulesTests.codes(codes));
	}

	@ParameterizedTest(name = "保険期間R7.10.1～R8.9.30、{0}に確認 (予告{1}日) → [{2}]")
	@CsvSource(textBlock = """
			2025-09-30, 60, insurance.notStarted
			2025-10-01, 60, ''
			2026-04-01, 60, ''
			2026-07-31, 60, ''
			2026-08-01, 60, insurance.expiresSoon
			2026-09-29, 60, insurance.expiresSoon
			2026-09-30, 60, insurance.expiresSoon
			2026-09-30,  0, insurance.expiresSoon
			2026-09-29,  0, ''
			2026-10-01, 60, insurance.expired
			2027-04-01, 60, insurance.expired
			""")
	@DisplayName("保険期間の初日から末日まで有効、末日の翌日から期限切れ。末日まで予告日数以内なら予告")
	void checksThePolicyPeriod(LocalDate date, int warningDays, String codes) {
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, CoverAmount.unlimited(), CoverAmount.unlimited(),
				CoverAmount.of(10_000_000));
		List<VehicleFinding> findings = InsuranceCover.check(policy, InsuranceMinimums.standard(), date, warningDays);
		assertThat(findings).extracting(VehicleFinding::code).containsExactlyElementsOf(VehicleRulesTests.codes(codes));
	}

	@Test
	@DisplayName("期限の予告は警告 (末日と残り日数)、期限切れ・開始前は違反")
	void warnsBeforeTheEndAndFlagsOutsideThePeriod() {
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, CoverAmount.unlimited(), CoverAmount.unlimited(),
				CoverAmount.of(10_000_000));
		InsuranceMinimums minimums = InsuranceMinimums.standard();
		VehicleFinding soon = InsuranceCover.check(policy, minimums, LocalDate.of(2026, 9, 1), 60).get(0);
		assertThat(soon).isEqualTo(VehicleFinding.warning("insurance.expiresSoon", TO, 29L));
		assertThat(soon.isViolation()).isFalse();
		assertThat(InsuranceCover.check(policy, minimums, LocalDate.of(2026, 10, 1), 60))
			.containsExactly(VehicleFinding.violation("insurance.expired", TO));
		assertThat(InsuranceCover.check(policy, minimums, LocalDate.of(2025, 9, 30), 60))
			.containsExactly(VehicleFinding.violation("insurance.notStarted", FROM));
	}

	@Test
	@DisplayName("期限切れでも補償額の不足はあわせて示す")
	void reportsTheAmountsOfAnExpiredPolicyToo() {
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, CoverAmount.of(30_000_000), CoverAmount.unlimited(),
				CoverAmount.none());
		assertThat(InsuranceCover.check(policy, InsuranceMinimums.standard(), LocalDate.of(2026, 10, 1), 60))
			.extracting(VehicleFinding::code)
			.containsExactly("insurance.expired", "insurance.perPerson.below", "insurance.passenger.missing");
	}

	@Test
	@DisplayName("保険の登録がなければ insurance.missing だけ")
	void flagsAVehicleWithoutInsurance() {
		assertThat(InsuranceCover.check(null, InsuranceMinimums.standard(), TODAY, 60))
			.containsExactly(VehicleFinding.violation("insurance.missing"));
	}

	@Test
	@DisplayName("標準の最低額は対人8,000万円・対物200万円 (2,000万ではない)・搭乗者傷害必須")
	void hasTheStatutoryMinimumsAsStandard() {
		InsuranceMinimums standard = InsuranceMinimums.standard();
		assertThat(standard.perPerson()).isEqualTo(CoverAmount.of(80_000_000L));
		assertThat(standard.property()).isEqualTo(CoverAmount.of(2_000_000L));
		assertThat(standard.passengerRequired()).isTrue();
		assertThat(standard.passenger()).isEqualTo(CoverAmount.none());
	}

	@ParameterizedTest(name = "協議会の最低額 対人{0}・対物{1}・搭乗者傷害{2}、保険 対人{3}・対物{4}・搭乗者傷害{5} → [{6}]")
	@CsvSource(
			textBlock = """
					無制限,    20000000, 5000000,  無制限,     無制限,    5000000,  ''
					無制限,    20000000, 5000000,  無制限,     20000000, 5000000,  ''
					無制限,    20000000, 5000000,  無制限,     20000001, 5000001,  ''
					無制限,    20000000, 5000000,  無制限,     19999999, 4999999,  insurance.property.below insurance.passenger.below
					無制限,    無制限,    10000000, 無制限,     無制限,    10000000, ''
					無制限,    無制限,    10000000, 900000000, 無制限,    10000000, insurance.perPerson.notUnlimited
					無制限,    無制限,    10000000, 無制限,     20000000, 10000000, insurance.property.notUnlimited
					無制限,    無制限,    10000000, 80000000,  2000000,  9999999,  insurance.perPerson.notUnlimited insurance.property.notUnlimited insurance.passenger.below
					無制限,    無制限,    無制限,    無制限,     無制限,    無制限,    ''
					無制限,    無制限,    無制限,    無制限,     無制限,    10000000, insurance.passenger.notUnlimited
					""")
	@DisplayName("協議会の上乗せ基準: 最低額を下回れば指摘、ちょうど最低額・上回る額は足りる、無制限の基準には無制限だけが足りる")
	void checksAgainstStricterCouncilMinimumsIncludingUnlimited(String minPerPerson, String minProperty,
			String minPassenger, String perPerson, String property, String passenger, String codes) {
		InsuranceMinimums minimums = new InsuranceMinimums(amount(minPerPerson), amount(minProperty), true,
				amount(minPassenger));
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, amount(perPerson), amount(property), amount(passenger));
		assertThat(InsuranceCover.check(policy, minimums, TODAY, 60)).extracting(VehicleFinding::code)
			.containsExactlyElementsOf(VehicleRulesTests.codes(codes));
	}

	@Test
	@DisplayName("無制限の基準に足りないときは補償額だけを示す (最低額の数字は示さない)")
	void quotesTheCoverUnderAnUnlimitedMinimum() {
		InsuranceMinimums unlimited = new InsuranceMinimums(CoverAmount.unlimited(), CoverAmount.unlimited(), true,
				CoverAmount.of(5_000_000));
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, CoverAmount.of(100_000_000), CoverAmount.of(20_000_000),
				CoverAmount.of(5_000_000));
		assertThat(InsuranceCover.check(policy, unlimited, TODAY, 60)).containsExactly(
				VehicleFinding.violation("insurance.perPerson.notUnlimited", 100_000_000L),
				VehicleFinding.violation("insurance.property.notUnlimited", 20_000_000L));
	}

	@Test
	@DisplayName("複数の協議会の最低額: 項目ごとに最も厳しい額 (無制限はどの額より厳しい)、告示の基準を下回らない")
	void combinesSeveralCouncilsIntoTheStrictestMinimums() {
		InsuranceMinimums a = new InsuranceMinimums(CoverAmount.unlimited(), CoverAmount.of(20_000_000), true,
				CoverAmount.of(5_000_000));
		InsuranceMinimums b = new InsuranceMinimums(CoverAmount.of(100_000_000), CoverAmount.of(30_000_000), true,
				CoverAmount.of(10_000_000));
		assertThat(InsuranceMinimums.strictest(List.of(a, b))).isEqualTo(new InsuranceMinimums(CoverAmount.unlimited(),
				CoverAmount.of(30_000_000), true, CoverAmount.of(10_000_000)));
		assertThat(InsuranceMinimums.strictest(List.of(b, a))).isEqualTo(InsuranceMinimums.strictest(List.of(a, b)));
		assertThat(InsuranceMinimums.strictest(List.of(a))).isEqualTo(a);
		assertThat(InsuranceMinimums.strictest(List.of())).isEqualTo(InsuranceMinimums.standard());
		InsuranceMinimums lax = new InsuranceMinimums(1_000_000, 1_000_000, false, 0);
		assertThat(InsuranceMinimums.strictest(List.of(lax))).isEqualTo(InsuranceMinimums.standard());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			0,                   false, false, 0円
			1,                   true,  false, 1円
			80000000,            true,  false, 80000000円
			無制限,               true,  true,  無制限
			""")
	@DisplayName("補償額: 0円は補償なし、無制限はどの最低額にも足りる")
	void describesAnAmount(String text, boolean present, boolean unlimited, String label) {
		CoverAmount amount = amount(text);
		assertThat(amount.isPresent()).isEqualTo(present);
		assertThat(amount.isUnlimited()).isEqualTo(unlimited);
		assertThat(amount).hasToString(label);
		assertThat(amount.reaches(Long.MAX_VALUE - 1)).isEqualTo(unlimited);
		assertThat(amount.reaches(0)).isTrue();
	}

	@Test
	@DisplayName("負の補償額・最低額、末日が初日より前の保険期間、欠けた項目、負の予告日数は作れない")
	void rejectsImpossibleValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> CoverAmount.of(-1)).withMessageContaining("補償額が不正です");
		assertThatIllegalArgumentException().isThrownBy(() -> new InsuranceMinimums(-1, 2_000_000, true, 0))
			.withMessageContaining("保険の最低額が不正です");
		assertThatIllegalArgumentException().isThrownBy(() -> new InsuranceMinimums(80_000_000, 2_000_000, true, -1))
			.withMessageContaining("保険の最低額が不正です");
		assertThatNullPointerException()
			.isThrownBy(() -> new InsuranceMinimums(null, CoverAmount.unlimited(), true, CoverAmount.none()))
			.withMessage("perPerson");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InsurancePolicy(TO, FROM, CoverAmount.unlimited(), CoverAmount.unlimited(),
					CoverAmount.none()))
			.withMessageContaining("保険期間の終了日が開始日より前です");
		assertThatNullPointerException()
			.isThrownBy(() -> new InsurancePolicy(FROM, TO, null, CoverAmount.unlimited(), CoverAmount.none()))
			.withMessage("perPerson");
		assertThatNullPointerException()
			.isThrownBy(() -> new InsurancePolicy(FROM, TO, CoverAmount.unlimited(), CoverAmount.unlimited(), null))
			.withMessage("passenger");
		InsurancePolicy policy = new InsurancePolicy(FROM, TO, CoverAmount.unlimited(), CoverAmount.unlimited(),
				CoverAmount.none());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InsuranceCover.check(policy, InsuranceMinimums.standard(), TODAY, -1))
			.withMessageContaining("日数は0以上です");
	}

	private static CoverAmount amount(String text) {
		return "無制限".equals(text.trim()) ? CoverAmount.unlimited() : CoverAmount.of(Long.parseLong(text.trim()));
	}

}
