package jp.kyogikai.council.rule;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("設置要綱の設定 (CharterSettings)")
class CharterSettingsTests {

	private static final List<Integer> NO_CAPS = List.of();

	@Test
	@DisplayName("typical() は佐久市の設置要綱どおり")
	void typicalMatchesTheSakuCharter() {
		CharterSettings typical = CharterSettings.typical();
		assertThat(typical.maxMembers()).isEqualTo(10);
		assertThat(typical.termMonths()).isEqualTo(12);
		assertThat(typical.quorumRule()).isEqualTo(QuorumRule.MAJORITY);
		assertThat(typical.decisionRule()).isEqualTo(DecisionRule.MAJORITY_OF_PRESENT);
		assertThat(typical.decisionBase()).isEqualTo(DecisionBase.PRESENT_AND_ENTITLED);
		assertThat(typical.tieBreak()).isEqualTo(TieBreak.CHAIR_DECIDES);
		assertThat(typical.chairVotes()).isFalse();
		assertThat(typical.proxyPolicy()).isEqualTo(ProxyPolicy.COUNTS_AND_VOTES);
		assertThat(typical.recusalEnabled()).isTrue();
		assertThat(typical.meetingsPublicByDefault()).isTrue();
		assertThat(typical.insuranceMinPerPerson()).isEqualTo(80_000_000L);
		assertThat(typical.insuranceMinProperty()).isEqualTo(2_000_000L);
		assertThat(typical.insuranceMinPassenger()).isZero();
		assertThat(typical.proposalDeadlineMonths()).isEqualTo(2);
		assertThat(typical.discussionDeadlineMonths()).isEqualTo(4);
	}

	@Test
	@DisplayName("typical() には違反がない (区分の上限が定数以内なら)")
	void typicalHasNoViolations() {
		assertThat(CharterSettings.typical().violations(NO_CAPS)).isEmpty();
		assertThat(CharterSettings.typical().violations(List.of(3, 3, 4))).isEmpty();
		assertThat(CharterSettings.typical().violations(List.of(10))).isEmpty();
	}

	static Stream<Arguments> validBoundaries() {
		return Stream.of(arguments("委員1人", change((d) -> d.maxMembers = 1)),
				arguments("委員100人", change((d) -> d.maxMembers = 100)),
				arguments("任期1か月", change((d) -> d.termMonths = 1)),
				arguments("任期60か月", change((d) -> d.termMonths = 60)),
				arguments("対人賠償 ちょうど法定最低額", change((d) -> d.insuranceMinPerPerson = 80_000_000L)),
				arguments("対人賠償 100億円", change((d) -> d.insuranceMinPerPerson = 10_000_000_000L)),
				arguments("対人賠償 1億円", change((d) -> d.insuranceMinPerPerson = 100_000_000L)),
				arguments("対物賠償 ちょうど法定最低額", change((d) -> d.insuranceMinProperty = 2_000_000L)),
				arguments("対物賠償 100億円", change((d) -> d.insuranceMinProperty = 10_000_000_000L)),
				arguments("対人賠償 無制限", change((d) -> d.insuranceMinPerPerson = CharterSettings.UNLIMITED)),
				arguments("対物賠償 無制限", change((d) -> d.insuranceMinProperty = CharterSettings.UNLIMITED)),
				arguments("対物賠償 2,000万円", change((d) -> d.insuranceMinProperty = 20_000_000L)),
				arguments("搭乗者傷害 金額を問わない (0円)", change((d) -> d.insuranceMinPassenger = 0L)),
				arguments("搭乗者傷害 500万円", change((d) -> d.insuranceMinPassenger = 5_000_000L)),
				arguments("搭乗者傷害 100億円", change((d) -> d.insuranceMinPassenger = 10_000_000_000L)),
				arguments("提案期限1か月", change((d) -> d.proposalDeadlineMonths = 1)),
				arguments("提案期限24か月", change((d) -> d.proposalDeadlineMonths = 24)),
				arguments("協議期限1か月", change((d) -> d.discussionDeadlineMonths = 1)),
				arguments("協議期限24か月", change((d) -> d.discussionDeadlineMonths = 24)),
				arguments("2分の1以上・3分の2以上・投票数基準・同数否決・代理不可", change((d) -> {
					d.quorumRule = QuorumRule.HALF_OR_MORE;
					d.decisionRule = DecisionRule.TWO_THIRDS;
					d.decisionBase = DecisionBase.VOTES_CAST;
					d.tieBreak = TieBreak.REJECTED;
					d.proxyPolicy = ProxyPolicy.NOT_ALLOWED;
					d.chairVotes = true;
					d.recusalEnabled = false;
					d.meetingsPublicByDefault = false;
				})));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validBoundaries")
	@DisplayName("範囲の両端と他の選択肢は受け入れる")
	void acceptsTheBoundariesOfEveryRange(String description, CharterSettings settings) {
		assertThat(settings.violations(NO_CAPS)).isEmpty();
	}

	static Stream<Arguments> singleViolations() {
		return Stream.of(
				arguments("委員0人", change((d) -> d.maxMembers = 0),
						new CharterViolation("maxMembers", "charter.range", 1, 100)),
				arguments("委員101人", change((d) -> d.maxMembers = 101),
						new CharterViolation("maxMembers", "charter.range", 1, 100)),
				arguments("委員-1人", change((d) -> d.maxMembers = -1),
						new CharterViolation("maxMembers", "charter.range", 1, 100)),
				arguments("任期0か月", change((d) -> d.termMonths = 0),
						new CharterViolation("termMonths", "charter.range", 1, 60)),
				arguments("任期61か月", change((d) -> d.termMonths = 61),
						new CharterViolation("termMonths", "charter.range", 1, 60)),
				arguments("成立要件なし", change((d) -> d.quorumRule = null),
						new CharterViolation("quorumRule", "charter.required")),
				arguments("議決要件なし", change((d) -> d.decisionRule = null),
						new CharterViolation("decisionRule", "charter.required")),
				arguments("議決の基数なし", change((d) -> d.decisionBase = null),
						new CharterViolation("decisionBase", "charter.required")),
				arguments("可否同数の扱いなし", change((d) -> d.tieBreak = null),
						new CharterViolation("tieBreak", "charter.required")),
				arguments("代理出席の扱いなし", change((d) -> d.proxyPolicy = null),
						new CharterViolation("proxyPolicy", "charter.required")),
				arguments("対人賠償 79,999,999円", change((d) -> d.insuranceMinPerPerson = 79_999_999L),
						new CharterViolation("insuranceMinPerPerson", "charter.insurance.belowStatutory", 80_000_000L)),
				arguments("対人賠償 0円", change((d) -> d.insuranceMinPerPerson = 0L),
						new CharterViolation("insuranceMinPerPerson", "charter.insurance.belowStatutory", 80_000_000L)),
				arguments("対人賠償 100億1円", change((d) -> d.insuranceMinPerPerson = 10_000_000_001L),
						new CharterViolation("insuranceMinPerPerson", "charter.insurance.tooLarge", 10_000_000_000L)),
				arguments("対物賠償 1,999,999円", change((d) -> d.insuranceMinProperty = 1_999_999L),
						new CharterViolation("insuranceMinProperty", "charter.insurance.belowStatutory", 2_000_000L)),
				arguments("対物賠償 -2円 (無制限の-1以外の負の額)", change((d) -> d.insuranceMinProperty = -2L),
						new CharterViolation("insuranceMinProperty", "charter.insurance.belowStatutory", 2_000_000L)),
				arguments("対人賠償 -2円", change((d) -> d.insuranceMinPerPerson = -2L),
						new CharterViolation("insuranceMinPerPerson", "charter.insurance.belowStatutory", 80_000_000L)),
				arguments("搭乗者傷害 無制限 (車両台帳に記録できないため不可)",
						change((d) -> d.insuranceMinPassenger = CharterSettings.UNLIMITED),
						new CharterViolation("insuranceMinPassenger", "charter.insurance.negative")),
				arguments("搭乗者傷害 100億1円", change((d) -> d.insuranceMinPassenger = 10_000_000_001L),
						new CharterViolation("insuranceMinPassenger", "charter.insurance.tooLarge", 10_000_000_000L)),
				arguments("対物賠償 100億1円", change((d) -> d.insuranceMinProperty = 10_000_000_001L),
						new CharterViolation("insuranceMinProperty", "charter.insurance.tooLarge", 10_000_000_000L)),
				arguments("提案期限0か月", change((d) -> d.proposalDeadlineMonths = 0),
						new CharterViolation("proposalDeadlineMonths", "charter.range", 1, 24)),
				arguments("提案期限25か月", change((d) -> d.proposalDeadlineMonths = 25),
						new CharterViolation("proposalDeadlineMonths", "charter.range", 1, 24)),
				arguments("協議期限0か月", change((d) -> d.discussionDeadlineMonths = 0),
						new CharterViolation("discussionDeadlineMonths", "charter.range", 1, 24)),
				arguments("協議期限25か月", change((d) -> d.discussionDeadlineMonths = 25),
						new CharterViolation("discussionDeadlineMonths", "charter.range", 1, 24)));
	}

	@ParameterizedTest(name = "{0} → {2}")
	@MethodSource("singleViolations")
	@DisplayName("不正な項目ごとに、その項目とコードと引数で違反を1つ報告する")
	void reportsOneViolationOnTheInvalidField(String description, CharterSettings settings, CharterViolation expected) {
		assertThat(settings.violations(NO_CAPS)).containsExactly(expected);
	}

	@Test
	@DisplayName("区分の上限が委員の定数を超えると、定数の項目に違反 (引数は最大の上限)")
	void reportsACategoryCapAboveTheMaximumOnMaxMembers() {
		assertThat(CharterSettings.typical().violations(List.of(5, 12, 11)))
			.containsExactly(new CharterViolation("maxMembers", "charter.maxMembers.belowCategoryCap", 12));
	}

	@Test
	@DisplayName("区分の上限が定数ちょうどなら違反なし、1人超えれば違反")
	void acceptsACategoryCapEqualToTheMaximum() {
		CharterSettings five = change((d) -> d.maxMembers = 5);
		assertThat(five.violations(List.of(5))).isEmpty();
		assertThat(five.violations(List.of(6))).extracting(CharterViolation::field, CharterViolation::code)
			.containsExactly(tuple("maxMembers", "charter.maxMembers.belowCategoryCap"));
	}

	@Test
	@DisplayName("上限のない区分 (null) は無視する")
	void ignoresCategoriesWithoutACap() {
		assertThat(CharterSettings.typical().violations(Arrays.asList(null, 4, null))).isEmpty();
		assertThat(CharterSettings.typical().violations(Arrays.asList(null, 11)))
			.containsExactly(new CharterViolation("maxMembers", "charter.maxMembers.belowCategoryCap", 11));
	}

	@Test
	@DisplayName("定数そのものが範囲外なら、区分の上限との比較はせず範囲外だけを報告する")
	void reportsAnOutOfRangeMaximumOnlyOnce() {
		CharterSettings none = change((d) -> d.maxMembers = 0);
		assertThat(none.violations(List.of(3)))
			.containsExactly(new CharterViolation("maxMembers", "charter.range", 1, 100));
	}

	@Test
	@DisplayName("複数の問題は一度にすべて報告する")
	void reportsEveryProblemAtOnce() {
		CharterSettings settings = change((d) -> {
			d.maxMembers = 5;
			d.termMonths = 61;
			d.quorumRule = null;
			d.proxyPolicy = null;
			d.insuranceMinPerPerson = 50_000_000L;
			d.insuranceMinProperty = 20_000_000_000L;
			d.proposalDeadlineMonths = 0;
			d.discussionDeadlineMonths = 25;
		});
		assertThat(settings.violations(List.of(8))).containsExactlyInAnyOrder(
				new CharterViolation("termMonths", "charter.range", 1, 60),
				new CharterViolation("quorumRule", "charter.required"),
				new CharterViolation("proxyPolicy", "charter.required"),
				new CharterViolation("insuranceMinPerPerson", "charter.insurance.belowStatutory", 80_000_000L),
				new CharterViolation("insuranceMinProperty", "charter.insurance.tooLarge", 10_000_000_000L),
				new CharterViolation("proposalDeadlineMonths", "charter.range", 1, 24),
				new CharterViolation("discussionDeadlineMonths", "charter.range", 1, 24),
				new CharterViolation("maxMembers", "charter.maxMembers.belowCategoryCap", 8));
	}

	@Test
	@DisplayName("すべての項目が不正なら全項目に1つずつ違反")
	void reportsEveryFieldWhenEverythingIsWrong() {
		CharterSettings settings = new CharterSettings(0, 0, null, null, null, null, false, null, false, false, 0L, 0L,
				-5L, 0, 0);
		assertThat(settings.violations(NO_CAPS)).extracting(CharterViolation::field)
			.containsExactlyInAnyOrder("maxMembers", "termMonths", "quorumRule", "decisionRule", "decisionBase",
					"tieBreak", "proxyPolicy", "insuranceMinPerPerson", "insuranceMinProperty", "insuranceMinPassenger",
					"proposalDeadlineMonths", "discussionDeadlineMonths");
	}

	private static CharterSettings change(Consumer<Draft> change) {
		Draft draft = new Draft(CharterSettings.typical());
		change.accept(draft);
		return draft.build();
	}

	/**
	 * A mutable copy of {@link CharterSettings}, so that each case changes one field of
	 * the typical settings.
	 */
	private static final class Draft {

		int maxMembers;

		int termMonths;

		QuorumRule quorumRule;

		DecisionRule decisionRule;

		DecisionBase decisionBase;

		TieBreak tieBreak;

		boolean chairVotes;

		ProxyPolicy proxyPolicy;

		boolean recusalEnabled;

		boolean meetingsPublicByDefault;

		long insuranceMinPerPerson;

		long insuranceMinProperty;

		long insuranceMinPassenger;

		int proposalDeadlineMonths;

		int discussionDeadlineMonths;

		Draft(CharterSettings settings) {
			this.maxMembers = settings.maxMembers();
			this.termMonths = settings.termMonths();
			this.quorumRule = settings.quorumRule();
			this.decisionRule = settings.decisionRule();
			this.decisionBase = settings.decisionBase();
			this.tieBreak = settings.tieBreak();
			this.chairVotes = settings.chairVotes();
			this.proxyPolicy = settings.proxyPolicy();
			this.recusalEnabled = settings.recusalEnabled();
			this.meetingsPublicByDefault = settings.meetingsPublicByDefault();
			this.insuranceMinPerPerson = settings.insuranceMinPerPerson();
			this.insuranceMinProperty = settings.insuranceMinProperty();
			this.insuranceMinPassenger = settings.insuranceMinPassenger();
			this.proposalDeadlineMonths = settings.proposalDeadlineMonths();
			this.discussionDeadlineMonths = settings.discussionDeadlineMonths();
		}

		CharterSettings build() {
			return new CharterSettings(this.maxMembers, this.termMonths, this.quorumRule, this.decisionRule,
					this.decisionBase, this.tieBreak, this.chairVotes, this.proxyPolicy, this.recusalEnabled,
					this.meetingsPublicByDefault, this.insuranceMinPerPerson, this.insuranceMinProperty,
					this.insuranceMinPassenger, this.proposalDeadlineMonths, this.discussionDeadlineMonths);
		}

	}

}
