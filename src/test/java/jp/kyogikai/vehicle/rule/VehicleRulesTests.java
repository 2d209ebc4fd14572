package jp.kyogikai.vehicle.rule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.kyogikai.operator.rule.ServiceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("使用する自動車 (VehicleRules, VehicleType)")
class VehicleRulesTests {

	private static final Set<ServiceKind> WELFARE_ONLY = EnumSet.of(ServiceKind.WELFARE);

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	/** 車検 well after the warning window. */
	private static final LocalDate INSPECTION_FAR = LocalDate.of(2027, 12, 31);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			STRETCHER,   WELFARE
			WHEELCHAIR,  WELFARE
			COMBINED,    WELFARE
			SWIVEL_SEAT, WELFARE
			SEDAN,       WELFARE
			BUS,         TRANSPORT_GAP
			ORDINARY,    TRANSPORT_GAP
			""")
	@DisplayName("寝台車・車いす車・兼用車・回転シート車・セダン等は福祉有償運送、バス・普通自動車は交通空白地有償運送")
	void belongsToOneTransportKind(VehicleType type, ServiceKind kind) {
		assertThat(type.serviceKind()).isEqualTo(kind);
		assertThat(VehicleType.of(kind)).contains(type);
	}

	@Test
	@DisplayName("運送の種別ごとの車種の一覧")
	void listsTheTypesOfEachKind() {
		assertThat(VehicleType.of(ServiceKind.WELFARE)).containsExactly(VehicleType.STRETCHER, VehicleType.WHEELCHAIR,
				VehicleType.COMBINED, VehicleType.SWIVEL_SEAT, VehicleType.SEDAN);
		assertThat(VehicleType.of(ServiceKind.TRANSPORT_GAP)).containsExactly(VehicleType.BUS, VehicleType.ORDINARY);
	}

	@ParameterizedTest(name = "{0}、乗車定員{1}人 → 使用できる={2}")
	@CsvSource(textBlock = """
			SEDAN,        1, true
			SEDAN,        5, true
			SEDAN,       10, true
			SEDAN,       11, false
			WHEELCHAIR,  10, true
			WHEELCHAIR,  11, false
			STRETCHER,    4, true
			STRETCHER,   11, false
			COMBINED,    10, true
			COMBINED,    14, false
			SWIVEL_SEAT, 10, true
			SWIVEL_SEAT, 29, false
			ORDINARY,     5, true
			ORDINARY,    10, true
			ORDINARY,    11, true
			BUS,         11, true
			BUS,         29, true
			BUS,         10, true
			""")
	@DisplayName("福祉有償運送は乗車定員11人未満 (10人まで)、交通空白地有償運送に定員の制限はない")
	void limitsWelfareVehiclesToTenSeats(VehicleType type, int seats, boolean allowed) {
		assertThat(VehicleRules.seatsAllowed(type, seats)).isEqualTo(allowed);
		List<VehicleFinding> findings = VehicleRules.check(new VehicleProfile(type, seats, INSPECTION_FAR),
				EnumSet.allOf(ServiceKind.class), TODAY, 60);
		assertThat(findings).extracting(VehicleFinding::code)
			.containsExactlyElementsOf(allowed ? List.of() : List.of("vehicle.seats.tooMany"));
	}

	@Test
	@DisplayName("定員超過の指摘は乗車定員と上限10人を示す")
	void quotesTheSeatsWhenTooMany() {
		List<VehicleFinding> findings = VehicleRules
			.check(new VehicleProfile(VehicleType.WHEELCHAIR, 11, INSPECTION_FAR), WELFARE_ONLY, TODAY, 60);
		assertThat(findings).containsExactly(VehicleFinding.violation("vehicle.seats.tooMany", 11, 10));
		assertThat(findings.get(0).isViolation()).isTrue();
	}

	@ParameterizedTest(name = "車検満了{0}、{1}に確認 (予告{2}日) → [{3}]")
	@CsvSource(textBlock = """
			2026-05-31, 2026-04-01, 60, vehicle.inspection.expiresSoon
			2026-05-31, 2026-04-01, 59, ''
			2026-05-31, 2026-03-31, 61, vehicle.inspection.expiresSoon
			2026-05-31, 2026-05-30, 60, vehicle.inspection.expiresSoon
			2026-05-31, 2026-05-31, 60, vehicle.inspection.expiresSoon
			2026-05-31, 2026-05-31,  0, vehicle.inspection.expiresSoon
			2026-05-30, 2026-05-31,  0, vehicle.inspection.expired
			2026-05-31, 2026-06-01, 60, vehicle.inspection.expired
			2026-05-31, 2027-06-01, 60, vehicle.inspection.expired
			2026-05-31, 2026-03-31, 60, ''
			2026-05-31, 2026-04-01, 0,  ''
			""")
	@DisplayName("車検は満了日当日まで有効、翌日から期限切れ。満了まで予告日数以内 (R8.4.1からR8.5.31はちょうど60日) なら予告")
	void checksTheInspectionExpiry(LocalDate expiresOn, LocalDate today, int warningDays, String codes) {
		List<VehicleFinding> findings = VehicleRules.check(new VehicleProfile(VehicleType.SEDAN, 5, expiresOn),
				WELFARE_ONLY, today, warningDays);
		assertThat(findings).extracting(VehicleFinding::code).containsExactlyElementsOf(codes(codes));
		assertThat(VehicleRules.inspectionValid(expiresOn, today)).isEqualTo(!today.isAfter(expiresOn));
	}

	@Test
	@DisplayName("車検の予告は警告 (満了日と残り日数)、期限切れは違反 (満了日)")
	void warnsBeforeAndFlagsAfterTheInspectionExpiry() {
		LocalDate expiresOn = LocalDate.of(2026, 5, 31);
		VehicleProfile vehicle = new VehicleProfile(VehicleType.SEDAN, 5, expiresOn);
		assertThat(VehicleRules.check(vehicle, WELFARE_ONLY, LocalDate.of(2026, 5, 1), 60))
			.containsExactly(VehicleFinding.warning("vehicle.inspection.expiresSoon", expiresOn, 30L));
		assertThat(VehicleRules.check(vehicle, WELFARE_ONLY, LocalDate.of(2026, 6, 1), 60))
			.containsExactly(VehicleFinding.violation("vehicle.inspection.expired", expiresOn));
	}

	@ParameterizedTest(name = "{0}、運送主体の種別 [{1}] → [{2}]")
	@CsvSource(textBlock = """
			SEDAN,       WELFARE,               ''
			WHEELCHAIR,  WELFARE TRANSPORT_GAP, ''
			BUS,         TRANSPORT_GAP,         ''
			ORDINARY,    WELFARE TRANSPORT_GAP, ''
			BUS,         WELFARE,               vehicle.type.kindNotRun
			ORDINARY,    WELFARE,               vehicle.type.kindNotRun
			SEDAN,       TRANSPORT_GAP,         vehicle.type.kindNotRun
			STRETCHER,   TRANSPORT_GAP,         vehicle.type.kindNotRun
			""")
	@DisplayName("車種は運送主体が行う運送の種別のもの")
	void requiresATypeOfAKindTheOperatorRuns(VehicleType type, String kinds, String codes) {
		Set<ServiceKind> operatorKinds = EnumSet.noneOf(ServiceKind.class);
		Arrays.stream(kinds.split("\\s+")).map(ServiceKind::valueOf).forEach(operatorKinds::add);
		List<VehicleFinding> findings = VehicleRules.check(new VehicleProfile(type, 5, INSPECTION_FAR), operatorKinds,
				TODAY, 60);
		assertThat(findings).extracting(VehicleFinding::code).containsExactlyElementsOf(codes(codes));
	}

	@Test
	@DisplayName("交通空白地有償運送だけの運送主体の14人乗り兼用車、車検切れ: 種別・定員・車検のすべてを一度に示す")
	void reportsEveryFindingAtOnce() {
		LocalDate expiresOn = LocalDate.of(2026, 3, 31);
		List<VehicleFinding> findings = VehicleRules.check(new VehicleProfile(VehicleType.COMBINED, 14, expiresOn),
				EnumSet.of(ServiceKind.TRANSPORT_GAP), TODAY, 60);
		assertThat(findings).containsExactly(
				VehicleFinding.violation("vehicle.type.kindNotRun", VehicleType.COMBINED, ServiceKind.WELFARE),
				VehicleFinding.violation("vehicle.seats.tooMany", 14, 10),
				VehicleFinding.violation("vehicle.inspection.expired", expiresOn));
	}

	@ParameterizedTest(name = "乗車定員{0}人")
	@ValueSource(ints = { 0, -1 })
	@DisplayName("乗車定員が1人未満の自動車は作れない")
	void rejectsVehiclesWithoutSeats(int seats) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VehicleProfile(VehicleType.SEDAN, seats, INSPECTION_FAR))
			.withMessageContaining("乗車定員が不正です");
	}

	@Test
	@DisplayName("車種・車検満了日は必須、予告日数が負なら IllegalArgumentException")
	void rejectsMissingFacts() {
		assertThatNullPointerException().isThrownBy(() -> new VehicleProfile(null, 5, INSPECTION_FAR))
			.withMessage("type");
		assertThatNullPointerException().isThrownBy(() -> new VehicleProfile(VehicleType.SEDAN, 5, null))
			.withMessage("inspectionExpiresOn");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VehicleRules.check(new VehicleProfile(VehicleType.SEDAN, 5, INSPECTION_FAR), WELFARE_ONLY,
					TODAY, -1))
			.withMessageContaining("日数は0以上です");
	}

	static List<String> codes(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return List.of(codes.trim().split("\\s+"));
	}

}
