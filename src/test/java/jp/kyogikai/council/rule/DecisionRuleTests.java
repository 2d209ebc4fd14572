package jp.kyogikai.council.rule;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("議決の要件 (DecisionRule)")
class DecisionRuleTests {

	@ParameterizedTest(name = "{0}: 基数{1}人 → 賛成{2}人必要")
	@CsvSource(textBlock = """
			MAJORITY_OF_PRESENT,  0,  1
			MAJORITY_OF_PRESENT,  1,  1
			MAJORITY_OF_PRESENT,  2,  2
			MAJORITY_OF_PRESENT,  3,  2
			MAJORITY_OF_PRESENT,  4,  3
			MAJORITY_OF_PRESENT,  5,  3
			MAJORITY_OF_PRESENT,  6,  4
			MAJORITY_OF_PRESENT,  7,  4
			MAJORITY_OF_PRESENT,  8,  5
			MAJORITY_OF_PRESENT,  9,  5
			MAJORITY_OF_PRESENT, 10,  6
			TWO_THIRDS,           0,  1
			TWO_THIRDS,           1,  1
			TWO_THIRDS,           2,  2
			TWO_THIRDS,           3,  2
			TWO_THIRDS,           4,  3
			TWO_THIRDS,           5,  4
			TWO_THIRDS,           6,  4
			TWO_THIRDS,           7,  5
			TWO_THIRDS,           8,  6
			TWO_THIRDS,           9,  6
			TWO_THIRDS,          10,  7
			TWO_THIRDS,          12,  8
			UNANIMOUS,            0,  1
			UNANIMOUS,            1,  1
			UNANIMOUS,            2,  2
			UNANIMOUS,            6,  6
			UNANIMOUS,            7,  7
			UNANIMOUS,           10, 10
			""")
	@DisplayName("可決に必要な賛成の最小数 (最低1人)")
	void requiresTheSmallestNumberInFavourThatMeetsTheRule(DecisionRule rule, int base, int required) {
		assertThat(rule.requiredInFavour(base)).isEqualTo(required);
	}

	@ParameterizedTest(name = "{0}: {2}人中賛成{1}人 → 可決={3}")
	@CsvSource(textBlock = """
			MAJORITY_OF_PRESENT, 3, 7, false
			MAJORITY_OF_PRESENT, 4, 7, true
			MAJORITY_OF_PRESENT, 7, 7, true
			MAJORITY_OF_PRESENT, 3, 6, false
			MAJORITY_OF_PRESENT, 4, 6, true
			MAJORITY_OF_PRESENT, 1, 2, false
			MAJORITY_OF_PRESENT, 2, 2, true
			MAJORITY_OF_PRESENT, 0, 1, false
			MAJORITY_OF_PRESENT, 1, 1, true
			MAJORITY_OF_PRESENT, 0, 0, false
			TWO_THIRDS,          4, 7, false
			TWO_THIRDS,          5, 7, true
			TWO_THIRDS,          3, 6, false
			TWO_THIRDS,          4, 6, true
			TWO_THIRDS,          5, 9, false
			TWO_THIRDS,          6, 9, true
			TWO_THIRDS,          1, 3, false
			TWO_THIRDS,          2, 3, true
			TWO_THIRDS,          1, 1, true
			TWO_THIRDS,          0, 0, false
			UNANIMOUS,           6, 7, false
			UNANIMOUS,           7, 7, true
			UNANIMOUS,           5, 6, false
			UNANIMOUS,           6, 6, true
			UNANIMOUS,           1, 1, true
			UNANIMOUS,           0, 1, false
			UNANIMOUS,           0, 0, false
			""")
	@DisplayName("賛成が必要数に達すれば可決、基数0では可決しない")
	void isCarriedWhenTheVotesInFavourReachTheThreshold(DecisionRule rule, int inFavour, int base, boolean carried) {
		assertThat(rule.isCarried(inFavour, base)).isEqualTo(carried);
	}

	@Test
	@DisplayName("出席7人: 過半数4人、3分の2以上5人、全会一致7人 / 出席6人: 4人、4人、6人")
	void comparesTheThreeRulesOnSevenAndSixPresent() {
		assertThat(DecisionRule.MAJORITY_OF_PRESENT.requiredInFavour(7)).isEqualTo(4);
		assertThat(DecisionRule.TWO_THIRDS.requiredInFavour(7)).isEqualTo(5);
		assertThat(DecisionRule.UNANIMOUS.requiredInFavour(7)).isEqualTo(7);
		assertThat(DecisionRule.MAJORITY_OF_PRESENT.requiredInFavour(6)).isEqualTo(4);
		assertThat(DecisionRule.TWO_THIRDS.requiredInFavour(6)).isEqualTo(4);
		assertThat(DecisionRule.UNANIMOUS.requiredInFavour(6)).isEqualTo(6);
	}

	@Test
	@DisplayName("基数1～200で、過半数は 2×賛成 > 基数、3分の2以上は 3×賛成 ≧ 2×基数、全会一致は 賛成 = 基数 と一致する")
	void agreesWithTheArithmeticDefinitionForEveryBase() {
		for (int base = 1; base <= 200; base++) {
			for (int inFavour = 0; inFavour <= base; inFavour++) {
				assertThat(DecisionRule.MAJORITY_OF_PRESENT.isCarried(inFavour, base))
					.as("過半数: %d人中賛成%d人", base, inFavour)
					.isEqualTo(2 * inFavour > base);
				assertThat(DecisionRule.TWO_THIRDS.isCarried(inFavour, base)).as("3分の2以上: %d人中賛成%d人", base, inFavour)
					.isEqualTo(inFavour >= 1 && 3 * inFavour >= 2 * base);
				assertThat(DecisionRule.UNANIMOUS.isCarried(inFavour, base)).as("全会一致: %d人中賛成%d人", base, inFavour)
					.isEqualTo(inFavour == base);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(DecisionRule.class)
	@DisplayName("基数0 (全員が除斥・棄権など) では賛成0でも可決しない")
	void isNeverCarriedOverAnEmptyBase(DecisionRule rule) {
		assertThat(rule.isCarried(0, 0)).isFalse();
	}

	@ParameterizedTest(name = "{0}: {2}人中賛成{1}人")
	@CsvSource(textBlock = """
			MAJORITY_OF_PRESENT,  8,  7
			MAJORITY_OF_PRESENT,  1,  0
			MAJORITY_OF_PRESENT, -1,  7
			MAJORITY_OF_PRESENT,  0, -1
			TWO_THIRDS,           8,  7
			TWO_THIRDS,          -1,  7
			TWO_THIRDS,           0, -1
			UNANIMOUS,            8,  7
			UNANIMOUS,           -1,  7
			UNANIMOUS,            0, -1
			""")
	@DisplayName("賛成が基数を超える、または負の数は IllegalArgumentException")
	void rejectsImpossibleCounts(DecisionRule rule, int inFavour, int base) {
		assertThatIllegalArgumentException().isThrownBy(() -> rule.isCarried(inFavour, base))
			.withMessageContaining("賛成数が不正です");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			MAJORITY_OF_PRESENT, true
			TWO_THIRDS,          false
			UNANIMOUS,           false
			""")
	@DisplayName("可否同数が結果を左右するのは過半数のときだけ")
	void hasTiesOnlyForASimpleMajority(DecisionRule rule, boolean hasTies) {
		assertThat(rule.hasTies()).isEqualTo(hasTies);
	}

	@ParameterizedTest(name = "{0}: 基数{1}人、賛成{2}人・反対{2}人")
	@CsvSource(textBlock = """
			MAJORITY_OF_PRESENT,  2, 1
			MAJORITY_OF_PRESENT,  6, 3
			MAJORITY_OF_PRESENT, 10, 5
			TWO_THIRDS,           2, 1
			TWO_THIRDS,           6, 3
			UNANIMOUS,            2, 1
			UNANIMOUS,            6, 3
			""")
	@DisplayName("可否同数 (賛成がちょうど半数) はどの規則でも、それだけでは可決にならない")
	void doesNotCarryATieByItself(DecisionRule rule, int base, int inFavour) {
		assertThat(rule.isCarried(inFavour, base)).isFalse();
	}

}
