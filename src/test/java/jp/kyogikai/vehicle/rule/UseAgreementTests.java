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

@DisplayName("持込み車両の使用権原 (VehicleRules.useAgreement)")
class UseAgreementTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	@ParameterizedTest(name = "持込み={0}、書類あり={1}、期間 {2}～{3}、{4}に確認 (予告{5}日) → [{6}]")
	@CsvSource(textBlock = """
			false, false,           ,           , 2026-04-01, 60, ''
			false, true,            , 2026-01-31, 2026-04-01, 60, ''
			true,  false,           ,           , 2026-04-01, 60, vehicle.useAgreement.missing
			true,  true,            ,           , 2026-04-01, 60, ''
			true,  true,  2026-04-01,           , 2026-04-01, 60, ''
			true,  true,  2026-04-02,           , 2026-04-01, 60, vehicle.useAgreement.notStarted
			true,  true,  2026-04-01, 2028-03-31, 2026-04-01, 60, ''
			true,  true,  2024-04-01, 2026-03-31, 2026-04-01, 60, vehicle.useAgreement.expired
			true,  true,            , 2026-04-01, 2026-04-01, 60, vehicle.useAgreement.expiresSoon
			true,  true,            , 2026-05-31, 2026-04-01, 60, vehicle.useAgreement.expiresSoon
			true,  true,            , 2026-06-01, 2026-04-01, 60, ''
			true,  true,            , 2026-05-31, 2026-04-01, 59, ''
			true,  true,            , 2026-05-31, 2026-06-01,  0, vehicle.useAgreement.expired
			""")
	@DisplayName("持込み車両には書類が必要。期間があれば開始日から終了日まで (両日を含む) 有効、終了前の予告日数以内は予告。所有車両には求めない")
	void checksTheUseAgreementOfABroughtInVehicle(boolean broughtIn, boolean onFile, LocalDate from, LocalDate to,
			LocalDate today, int warningDays, String codes) {
		UseAgreement agreement = onFile ? new UseAgreement(from, to) : null;
		List<VehicleFinding> findings = VehicleRules.useAgreement(broughtIn, agreement, today, warningDays);
		assertThat(findings).extracting(VehicleFinding::code)
			.containsExactlyElementsOf(codes.isEmpty() ? List.of() : List.of(codes));
	}

	@Test
	@DisplayName("書類がなければ違反、期限切れ・開始前も違反 (日付を示す)、終了が近ければ警告 (終了日と残り日数)")
	void quotesTheDatesAndTellsViolationsFromWarnings() {
		LocalDate to = LocalDate.of(2026, 5, 1);
		assertThat(VehicleRules.useAgreement(true, null, TODAY, 60))
			.containsExactly(VehicleFinding.violation("vehicle.useAgreement.missing"));
		assertThat(VehicleRules.useAgreement(true, new UseAgreement(null, to), TODAY, 60))
			.containsExactly(VehicleFinding.warning("vehicle.useAgreement.expiresSoon", to, 30L));
		assertThat(VehicleRules.useAgreement(true, new UseAgreement(null, to), to.plusDays(1), 60))
			.containsExactly(VehicleFinding.violation("vehicle.useAgreement.expired", to));
		LocalDate from = LocalDate.of(2026, 4, 10);
		List<VehicleFinding> notStarted = VehicleRules.useAgreement(true, new UseAgreement(from, null), TODAY, 60);
		assertThat(notStarted).containsExactly(VehicleFinding.violation("vehicle.useAgreement.notStarted", from));
		assertThat(notStarted.get(0).isViolation()).isTrue();
		assertThat(VehicleRules.useAgreement(true, new UseAgreement(null, to), TODAY, 60).get(0).isViolation())
			.isFalse();
	}

	@Test
	@DisplayName("終了日が開始日より前の期間、負の予告日数、日付なしは受け付けない")
	void refusesImpossibleInput() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UseAgreement(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1)));
		assertThat(new UseAgreement(TODAY, TODAY).to()).isEqualTo(TODAY);
		assertThatIllegalArgumentException().isThrownBy(() -> VehicleRules.useAgreement(true, null, TODAY, -1));
		assertThatNullPointerException().isThrownBy(() -> VehicleRules.useAgreement(true, null, null, 60));
	}

}
