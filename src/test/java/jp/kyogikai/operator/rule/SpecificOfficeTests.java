package jp.kyogikai.operator.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("特定事務所と運行管理の責任者 (SpecificOffice)")
class SpecificOfficeTests {

	@ParameterizedTest(name = "乗車定員11人未満{0}台、11人以上{1}台 → 特定事務所={2}")
	@CsvSource(textBlock = """
			  0, 0, false
			  1, 0, false
			  4, 0, false
			  5, 0, true
			  6, 0, true
			 19, 0, true
			100, 0, true
			  0, 1, true
			  4, 1, true
			  0, 3, true
			""")
	@DisplayName("乗車定員11人未満の自動車5台以上、または11人以上の自動車1台以上の運行管理を行う事務所は特定事務所")
	void isSpecificWithFiveSmallVehiclesOrAnyLargeOne(int small, int large, boolean specific) {
		assertThat(SpecificOffice.isSpecific(small, large)).isEqualTo(specific);
	}

	@ParameterizedTest(name = "乗車定員 [{0}] → 特定事務所={1}")
	@CsvSource(textBlock = """
			'',                false
			10,                false
			11,                true
			10 10 10 10,       false
			10 10 10 10 10,    true
			4 5 6 7,           false
			4 5 6 7 8,         true
			10 10 10 10 11,    true
			2 4 10 10,         false
			29,                true
			""")
	@DisplayName("10人乗りまでは台数で数え、11人乗りが1台でもあれば特定事務所")
	void countsVehiclesBySeats(String seats, boolean specific) {
		assertThat(SpecificOffice.isSpecific(seats(seats))).isEqualTo(specific);
	}

	@ParameterizedTest(name = "{0}台 → 責任者{1}人以上、資格者証保有者なら{2}人以上")
	@CsvSource(textBlock = """
			  1, 1, 1
			  5, 1, 1
			 19, 1, 1
			 20, 2, 1
			 21, 2, 1
			 39, 2, 1
			 40, 3, 2
			 41, 3, 2
			 59, 3, 2
			 60, 4, 2
			 79, 4, 2
			 80, 5, 3
			100, 6, 3
			""")
	@DisplayName("運行管理の責任者の数: 20で除した数 (端数切捨て)+1、運行管理者資格者証の保有者は40で除した数+1")
	void requiresOneManagerPerTwentyOrFortyVehiclesPlusOne(int vehicles, int required, int requiredIfCertified) {
		assertThat(SpecificOffice.requiredManagers(vehicles)).isEqualTo(required);
		assertThat(SpecificOffice.requiredCertifiedManagers(vehicles)).isEqualTo(requiredIfCertified);
	}

	@ParameterizedTest(name = "11人未満{0}台・11人以上{1}台、責任者{2}人 (要件あり{3}人、うち資格者証{4}人) → 必要{5}人/資格者証{6}人、足りる={7}、指摘 [{8}]")
	@CsvSource(textBlock = """
			 4, 0, 0, 0, 0, 0, 0, true,  ''
			 4, 0, 1, 0, 0, 0, 0, true,  ''
			 5, 0, 0, 0, 0, 1, 1, false, operationManager.tooFew
			 5, 0, 1, 0, 0, 1, 1, false, operationManager.tooFew operationManager.unqualified
			 5, 0, 1, 1, 0, 1, 1, true,  ''
			 5, 0, 1, 1, 1, 1, 1, true,  ''
			 5, 0, 2, 1, 0, 1, 1, true,  operationManager.unqualified
			 0, 1, 0, 0, 0, 1, 1, false, operationManager.tooFew
			 0, 1, 1, 1, 0, 1, 1, true,  ''
			19, 0, 1, 1, 0, 1, 1, true,  ''
			20, 0, 1, 1, 0, 2, 1, false, operationManager.tooFew
			20, 0, 1, 1, 1, 2, 1, true,  ''
			20, 0, 2, 2, 0, 2, 1, true,  ''
			39, 0, 1, 1, 1, 2, 1, true,  ''
			39, 0, 1, 1, 0, 2, 1, false, operationManager.tooFew
			40, 0, 1, 1, 1, 3, 2, false, operationManager.tooFew
			40, 0, 2, 2, 2, 3, 2, true,  ''
			40, 0, 2, 2, 0, 3, 2, false, operationManager.tooFew
			40, 0, 3, 3, 0, 3, 2, true,  ''
			41, 0, 2, 2, 2, 3, 2, true,  ''
			41, 0, 2, 2, 1, 3, 2, false, operationManager.tooFew
			41, 0, 3, 3, 1, 3, 2, true,  ''
			60, 0, 3, 3, 1, 4, 2, false, operationManager.tooFew
			60, 0, 4, 3, 1, 4, 2, false, operationManager.tooFew operationManager.unqualified
			30, 10, 3, 3, 0, 3, 2, true, ''
			""")
	@DisplayName("特定事務所の責任者は全員が要件を満たし、必要な人数以上 (資格者証保有者だけで40台ごと、または要件を満たす者全員で20台ごと)")
	void checksTheManagersOfAnOffice(int small, int large, int total, int qualified, int certified, int required,
			int requiredIfCertified, boolean enough, String codes) {
		ManagerCheck check = SpecificOffice.check(small, large, new OperationManagers(total, qualified, certified));
		assertThat(check.specificOffice()).isEqualTo(SpecificOffice.isSpecific(small, large));
		assertThat(check.vehicles()).isEqualTo(small + large);
		assertThat(check.required()).isEqualTo(required);
		assertThat(check.requiredIfCertified()).isEqualTo(requiredIfCertified);
		assertThat(check.enough()).isEqualTo(enough);
		assertThat(check.findings()).extracting(OfficeFinding::code).containsExactlyElementsOf(codes(codes));
		assertThat(check.compliant()).isEqualTo(codes(codes).isEmpty());
	}

	@Test
	@DisplayName("特定事務所でない事務所には人数も要件もない (運送主体全体で1人以上は呼び出し側で確認)")
	void asksNothingOfAnOrdinaryOffice() {
		ManagerCheck check = SpecificOffice.check(List.of(10, 10, 10, 10), new OperationManagers(0, 0, 0));
		assertThat(check).isEqualTo(new ManagerCheck(false, 4, 0, 0, true, List.of()));
		assertThat(check.compliant()).isTrue();
	}

	@Test
	@DisplayName("足りないときは台数・必要人数・要件を満たす者・資格者証保有者の数を示す")
	void quotesTheNumbersWhenTooFew() {
		List<Integer> seats = new ArrayList<>();
		for (int i = 0; i < 41; i++) {
			seats.add(8);
		}
		ManagerCheck check = SpecificOffice.check(seats, new OperationManagers(3, 2, 1));
		assertThat(check.findings()).containsExactly(new OfficeFinding("operationManager.tooFew", 41, 3, 2, 2, 1),
				new OfficeFinding("operationManager.unqualified", 1));
	}

	@Test
	@DisplayName("11人乗り1台と10人乗り4台の事務所は5台の特定事務所として数える")
	void countsEveryVehicleOfASpecificOffice() {
		ManagerCheck check = SpecificOffice.check(List.of(11, 10, 10, 10, 10), OperationManagers.qualified(1));
		assertThat(check.specificOffice()).isTrue();
		assertThat(check.vehicles()).isEqualTo(5);
		assertThat(check.compliant()).isTrue();
	}

	@ParameterizedTest(name = "計{0}人、要件あり{1}人、資格者証{2}人")
	@CsvSource(textBlock = """
			1, 1, 2
			1, 2, 2
			2, 1, -1
			-1, 0, 0
			0, -1, 0
			""")
	@DisplayName("資格者証保有者は要件を満たす者に、要件を満たす者は全体に含まれる: 矛盾する人数は IllegalArgumentException")
	void rejectsInconsistentManagerCounts(int total, int qualified, int certified) {
		assertThatIllegalArgumentException().isThrownBy(() -> new OperationManagers(total, qualified, certified))
			.withMessageContaining("運行管理の責任者の人数が不正です");
	}

	@Test
	@DisplayName("全員が資格者証保有者、全員が要件を満たす者の組")
	void buildsUniformManagers() {
		assertThat(OperationManagers.certified(2)).isEqualTo(new OperationManagers(2, 2, 2));
		assertThat(OperationManagers.qualified(3)).isEqualTo(new OperationManagers(3, 3, 0));
		assertThat(new OperationManagers(5, 3, 1).unqualified()).isEqualTo(2);
	}

	@Test
	@DisplayName("乗車定員0以下、台数が負なら IllegalArgumentException")
	void rejectsImpossibleVehicles() {
		assertThatIllegalArgumentException().isThrownBy(() -> SpecificOffice.isSpecific(List.of(10, 0)))
			.withMessageContaining("乗車定員が不正です");
		assertThatIllegalArgumentException().isThrownBy(() -> SpecificOffice.isSpecific(-1, 0))
			.withMessageContaining("台数が不正です");
		assertThatIllegalArgumentException().isThrownBy(() -> SpecificOffice.isSpecific(0, -1))
			.withMessageContaining("台数が不正です");
		assertThatIllegalArgumentException().isThrownBy(() -> SpecificOffice.requiredManagers(-1))
			.withMessageContaining("台数が不正です");
	}

	private static List<Integer> seats(String seats) {
		if (seats == null || seats.isBlank()) {
			return List.of();
		}
		return Arrays.stream(seats.trim().split("\\s+")).map(Integer::valueOf).toList();
	}

	private static List<String> codes(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return List.of(codes.trim().split("\\s+"));
	}

}
