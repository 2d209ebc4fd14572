package jp.kyogikai.council.rule;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("会議の成立要件 (QuorumRule)")
class QuorumRuleTests {

	@ParameterizedTest(name = "{0}: 委員{1}人中{2}人出席 → 成立={3}")
	@CsvSource(textBlock = """
			MAJORITY,      0,  0, false
			MAJORITY,      1,  0, false
			MAJORITY,      1,  1, true
			MAJORITY,      2,  1, false
			MAJORITY,      2,  2, true
			MAJORITY,      3,  1, false
			MAJORITY,      3,  2, true
			MAJORITY,      4,  2, false
			MAJORITY,      4,  3, true
			MAJORITY,      5,  2, false
			MAJORITY,      5,  3, true
			MAJORITY,      6,  3, false
			MAJORITY,      6,  4, true
			MAJORITY,      7,  3, false
			MAJORITY,      7,  4, true
			MAJORITY,      8,  4, false
			MAJORITY,      8,  5, true
			MAJORITY,      9,  4, false
			MAJORITY,      9,  5, true
			MAJORITY,      9,  9, true
			MAJORITY,     10,  5, false
			MAJORITY,     10,  6, true
			MAJORITY,     10, 10, true
			MAJORITY,     10,  0, false
			HALF_OR_MORE,  0,  0, false
			HALF_OR_MORE,  1,  0, false
			HALF_OR_MORE,  1,  1, true
			HALF_OR_MORE,  2,  0, false
			HALF_OR_MORE,  2,  1, true
			HALF_OR_MORE,  3,  1, false
			HALF_OR_MORE,  3,  2, true
			HALF_OR_MORE,  4,  1, false
			HALF_OR_MORE,  4,  2, true
			HALF_OR_MORE,  5,  2, false
			HALF_OR_MORE,  5,  3, true
			HALF_OR_MORE,  6,  2, false
			HALF_OR_MORE,  6,  3, true
			HALF_OR_MORE,  7,  3, false
			HALF_OR_MORE,  7,  4, true
			HALF_OR_MORE,  8,  3, false
			HALF_OR_MORE,  8,  4, true
			HALF_OR_MORE,  9,  4, false
			HALF_OR_MORE,  9,  5, true
			HALF_OR_MORE,  9,  9, true
			HALF_OR_MORE, 10,  4, false
			HALF_OR_MORE, 10,  5, true
			HALF_OR_MORE, 10, 10, true
			HALF_OR_MORE, 10,  0, false
			""")
	@DisplayName("出席者が定足数に達すれば成立する")
	void isMetWhenAttendanceReachesTheQuorum(QuorumRule rule, int members, int present, boolean met) {
		assertThat(rule.isMet(members, present)).isEqualTo(met);
	}

	@ParameterizedTest(name = "{0}: 委員{1}人 → {2}人必要")
	@CsvSource(textBlock = """
			MAJORITY,       0,  1
			MAJORITY,       1,  1
			MAJORITY,       2,  2
			MAJORITY,       3,  2
			MAJORITY,       4,  3
			MAJORITY,       5,  3
			MAJORITY,       6,  4
			MAJORITY,       7,  4
			MAJORITY,       8,  5
			MAJORITY,       9,  5
			MAJORITY,      10,  6
			MAJORITY,     100, 51
			HALF_OR_MORE,   0,  1
			HALF_OR_MORE,   1,  1
			HALF_OR_MORE,   2,  1
			HALF_OR_MORE,   3,  2
			HALF_OR_MORE,   4,  2
			HALF_OR_MORE,   5,  3
			HALF_OR_MORE,   6,  3
			HALF_OR_MORE,   7,  4
			HALF_OR_MORE,   8,  4
			HALF_OR_MORE,   9,  5
			HALF_OR_MORE,  10,  5
			HALF_OR_MORE, 100, 50
			""")
	@DisplayName("定足数: 過半数は半数を超える最小の人数、2分の1以上は半数以上の最小の人数 (最低1人)")
	void requiresTheSmallestAttendanceThatSatisfiesTheRule(QuorumRule rule, int members, int required) {
		assertThat(rule.requiredAttendance(members)).isEqualTo(required);
	}

	@Test
	@DisplayName("委員1～100人で、過半数は 2×出席 > 委員、2分の1以上は 2×出席 ≧ 委員 と一致する")
	void agreesWithTheArithmeticDefinitionForEveryCouncilSize() {
		for (int members = 1; members <= 100; members++) {
			for (int present = 0; present <= members; present++) {
				assertThat(QuorumRule.MAJORITY.isMet(members, present)).as("過半数: 委員%d人中%d人", members, present)
					.isEqualTo(2 * present > members);
				assertThat(QuorumRule.HALF_OR_MORE.isMet(members, present)).as("2分の1以上: 委員%d人中%d人", members, present)
					.isEqualTo(present >= 1 && 2 * present >= members);
			}
		}
	}

	@Test
	@DisplayName("奇数の委員数では両者は同じ、偶数では過半数がちょうど半数の分だけ1人多い")
	void differsOnlyWhenTheMembershipIsEven() {
		for (int members = 1; members <= 100; members++) {
			int majority = QuorumRule.MAJORITY.requiredAttendance(members);
			int half = QuorumRule.HALF_OR_MORE.requiredAttendance(members);
			assertThat(majority).as("委員%d人", members).isEqualTo((members % 2 == 0) ? half + 1 : half);
		}
	}

	@ParameterizedTest(name = "{0}: 委員{1}人中{2}人出席")
	@CsvSource(textBlock = """
			MAJORITY,      5,  6
			MAJORITY,      0,  1
			MAJORITY,     -1,  0
			MAJORITY,      5, -1
			MAJORITY,     -3, -1
			HALF_OR_MORE,  5,  6
			HALF_OR_MORE,  0,  1
			HALF_OR_MORE, -1,  0
			HALF_OR_MORE,  5, -1
			""")
	@DisplayName("出席者が委員数を超える、または負の人数は IllegalArgumentException")
	void rejectsImpossibleCounts(QuorumRule rule, int members, int present) {
		assertThatIllegalArgumentException().isThrownBy(() -> rule.isMet(members, present))
			.withMessageContaining("出席者数が不正です");
	}

	@ParameterizedTest
	@EnumSource(QuorumRule.class)
	@DisplayName("委員0人の会議は成立しない")
	void isNeverMetWithoutMembers(QuorumRule rule) {
		assertThat(rule.requiredAttendance(0)).isEqualTo(1);
		assertThat(rule.isMet(0, 0)).isFalse();
	}

}
