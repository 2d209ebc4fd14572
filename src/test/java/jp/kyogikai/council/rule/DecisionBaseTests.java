package jp.kyogikai.council.rule;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("議決の基数 (DecisionBase)")
class DecisionBaseTests {

	@ParameterizedTest(name = "{0}: 賛成{1}・反対{2}・棄権{3} → 基数{4}")
	@CsvSource(textBlock = """
			PRESENT_AND_ENTITLED, 4, 3, 2, 9
			PRESENT_AND_ENTITLED, 5, 0, 0, 5
			PRESENT_AND_ENTITLED, 0, 5, 0, 5
			PRESENT_AND_ENTITLED, 0, 0, 5, 5
			PRESENT_AND_ENTITLED, 0, 0, 0, 0
			VOTES_CAST,           4, 3, 2, 7
			VOTES_CAST,           5, 0, 0, 5
			VOTES_CAST,           0, 5, 0, 5
			VOTES_CAST,           0, 0, 5, 0
			VOTES_CAST,           0, 0, 0, 0
			""")
	@DisplayName("出席者基準は棄権を基数に含め、投票数基準は含めない")
	void countsAbstentionsOnlyWhenTheBaseIsThoseWhoArePresent(DecisionBase decisionBase, int inFavour, int against,
			int abstentions, int expected) {
		assertThat(decisionBase.base(inFavour, against, abstentions)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: 賛成{1}・反対{2}・棄権{3}")
	@CsvSource(textBlock = """
			PRESENT_AND_ENTITLED, -1,  0,  0
			PRESENT_AND_ENTITLED,  0, -1,  0
			PRESENT_AND_ENTITLED,  0,  0, -1
			VOTES_CAST,           -1,  0,  0
			VOTES_CAST,            0, -1,  0
			VOTES_CAST,            0,  0, -1
			""")
	@DisplayName("負の票数は IllegalArgumentException (基数に入らない棄権も含めて)")
	void rejectsNegativeCounts(DecisionBase decisionBase, int inFavour, int against, int abstentions) {
		assertThatIllegalArgumentException().isThrownBy(() -> decisionBase.base(inFavour, against, abstentions))
			.withMessageContaining("票数は0以上です");
	}

	@Test
	@DisplayName("賛成4・反対3・棄権2: 出席者(9)の過半数では否決、投票数(7)の過半数では可決")
	void decidesTheSameVoteDifferentlyDependingOnTheBase() {
		int present = DecisionBase.PRESENT_AND_ENTITLED.base(4, 3, 2);
		int cast = DecisionBase.VOTES_CAST.base(4, 3, 2);
		assertThat(present).isEqualTo(9);
		assertThat(cast).isEqualTo(7);
		assertThat(DecisionRule.MAJORITY_OF_PRESENT.isCarried(4, present)).isFalse();
		assertThat(DecisionRule.MAJORITY_OF_PRESENT.isCarried(4, cast)).isTrue();
	}

	@ParameterizedTest(name = "{0} × {1}: 賛成{2}・反対{3}・棄権{4} → 可決={5}")
	@CsvSource(textBlock = """
			PRESENT_AND_ENTITLED, MAJORITY_OF_PRESENT, 4, 3, 2, false
			VOTES_CAST,           MAJORITY_OF_PRESENT, 4, 3, 2, true
			PRESENT_AND_ENTITLED, MAJORITY_OF_PRESENT, 5, 3, 1, true
			VOTES_CAST,           MAJORITY_OF_PRESENT, 3, 3, 3, false
			PRESENT_AND_ENTITLED, TWO_THIRDS,          6, 2, 2, false
			VOTES_CAST,           TWO_THIRDS,          6, 2, 2, true
			PRESENT_AND_ENTITLED, TWO_THIRDS,          6, 3, 0, true
			VOTES_CAST,           TWO_THIRDS,          6, 3, 0, true
			PRESENT_AND_ENTITLED, UNANIMOUS,           5, 0, 1, false
			VOTES_CAST,           UNANIMOUS,           5, 0, 1, true
			VOTES_CAST,           UNANIMOUS,           5, 1, 0, false
			PRESENT_AND_ENTITLED, MAJORITY_OF_PRESENT, 0, 0, 4, false
			VOTES_CAST,           MAJORITY_OF_PRESENT, 0, 0, 4, false
			VOTES_CAST,           UNANIMOUS,           0, 0, 4, false
			""")
	@DisplayName("基数と議決の要件を組み合わせた可否")
	void combinesWithTheDecisionRule(DecisionBase decisionBase, DecisionRule rule, int inFavour, int against,
			int abstentions, boolean carried) {
		int base = decisionBase.base(inFavour, against, abstentions);
		assertThat(rule.isCarried(inFavour, base)).isEqualTo(carried);
	}

}
