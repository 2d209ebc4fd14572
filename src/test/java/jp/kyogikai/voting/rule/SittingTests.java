package jp.kyogikai.voting.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.council.rule.DecisionBase;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.council.rule.TieBreak;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The table of the rules deciding an item. Seats are written member by member (members 1,
 * 2, … in order): {@code P} there in person, {@code A} absent, {@code X} represented by a
 * proxy; {@code C:} marks the chair, {@code V:} the vice-chair. Votes are written the
 * same way: {@code +} 賛成, {@code -} 反対, {@code 0} 棄権, {@code .} no vote (not entitled, or
 * an entitled member who did not vote).
 */
@DisplayName("議事の定足数・表決 (Sitting)")
class SittingTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# case                                              | quorum       | proxy                | seats                  | quorum count | required | met
					9人中7人出席 (過半数)                                   | MAJORITY     | COUNTS_AND_VOTES     | C:P P P P P P P A A    | 7            | 5        | true
					9人中5人出席 (過半数ちょうど)                           | MAJORITY     | COUNTS_AND_VOTES     | C:P P P P P A A A A    | 5            | 5        | true
					9人中4人出席 (不成立)                                   | MAJORITY     | COUNTS_AND_VOTES     | C:P P P P A A A A A    | 4            | 5        | false
					10人中5人出席 (過半数は6人)                             | MAJORITY     | COUNTS_AND_VOTES     | P P P P P A A A A A    | 5            | 6        | false
					10人中5人出席 (2分の1以上)                              | HALF_OR_MORE | COUNTS_AND_VOTES     | P P P P P A A A A A    | 5            | 5        | true
					代理を数える: 4人出席と代理1人で9人中5人                 | MAJORITY     | COUNTS_AND_VOTES     | C:P P P P X A A A A    | 5            | 5        | true
					代理を数えない: 4人出席と代理1人は9人中4人               | MAJORITY     | ATTENDS_WITHOUT_VOTE | C:P P P P X A A A A    | 4            | 5        | false
					誰も出席しない                                          | MAJORITY     | NOT_ALLOWED          | A A A                  | 0            | 2        | false
					""")
	void quorum(String name, QuorumRule quorumRule, ProxyPolicy proxy, String seats, int counted, int required,
			boolean met) {
		Sitting sitting = new Sitting(rules(quorumRule, DecisionRule.MAJORITY_OF_PRESENT,
				DecisionBase.PRESENT_AND_ENTITLED, TieBreak.CHAIR_DECIDES, false, proxy), seats(seats));
		QuorumCount quorum = sitting.quorum();
		assertThat(quorum.counted()).isEqualTo(counted);
		assertThat(quorum.required()).isEqualTo(required);
		assertThat(quorum.met()).isEqualTo(met);
		assertThat(quorum.members()).isEqualTo(seats(seats).size());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# case                                   | seats                 | recused | presiding | entitled (chair does not vote) | entitled (chair votes)
					会長が議長                                 | C:P V:P P P P         |         | 1         | 2 3 4 5                        | 1 2 3 4 5
					会長欠席なら副会長                         | C:A V:P P P P         |         | 2         | 3 4 5                          | 2 3 4 5
					会長が除斥なら副会長が議長、会長は数えない | C:P V:P P P P         | 1       | 2         | 3 4 5                          | 2 3 4 5
					会長の代理は議長にならない                 | C:X V:P P P P         |         | 2         | 1 3 4 5                        | 1 2 3 4 5
					会長・副会長ともいない                     | C:A V:A P P P         |         |           | 3 4 5                          | 3 4 5
					除斥された委員は数えない                   | C:P P P P P           | 4 5     | 1         | 2 3                            | 1 2 3
					欠席の委員は数えない                       | C:P P A P A           |         | 1         | 2 4                            | 1 2 4
					""")
	void presidingAndEntitled(String name, String seats, String recused, Long presiding, String notVoting,
			String voting) {
		for (boolean chairVotes : List.of(false, true)) {
			Sitting sitting = new Sitting(
					rules(QuorumRule.MAJORITY, DecisionRule.MAJORITY_OF_PRESENT, DecisionBase.PRESENT_AND_ENTITLED,
							TieBreak.CHAIR_DECIDES, chairVotes, ProxyPolicy.COUNTS_AND_VOTES),
					seats(seats));
			assertThat(sitting.presiding(ids(recused)).map(Seat::memberId).orElse(null)).isEqualTo(presiding);
			assertThat(sitting.entitled(ids(recused))).as("会長の表決: " + chairVotes)
				.containsExactlyElementsOf(ids(chairVotes ? voting : notVoting));
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# case                                                     | rule                | base                 | tie           | chair votes | proxy                | seats               | recused | votes               | casting | outcome             | for | against | abstain | base n | tie?
					9人中7人、会長は表決せず 6人中4人賛成                         | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P P P A A | 	        | . + + + + - - . .   |         | CARRIED             | 4   | 2       | 0       | 6      | false
					9人中4人出席: 定足数に達せず議決できない                      | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P A A A A A | 	        | . + + + . . . . .   |         | NO_QUORUM           | 3   | 0       | 0       | 3      | false
					9人中5人、会長は表決せず 2対2 は議長裁決待ち                  | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | . + + - - . . . .   |         | CASTING_VOTE_NEEDED | 2   | 2       | 0       | 4      | true
					同 議長が賛成で裁決                                           | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | . + + - - . . . .   | FOR     | CARRIED             | 2   | 2       | 0       | 4      | true
					同 議長が反対で裁決                                           | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | . + + - - . . . .   | AGAINST | NOT_CARRIED         | 2   | 2       | 0       | 4      | true
					同 可否同数は否決の要綱                                       | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | REJECTED      | false       | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | . + + - - . . . .   |         | NOT_CARRIED         | 2   | 2       | 0       | 4      | true
					会長・副会長とも不在の同数は裁決できず否決                    | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:A V:A P P P P P A | 	        | . . + + - - . .     |         | NOT_CARRIED         | 2   | 2       | 1       | 5      | false
					棄権1: 出席委員が基数なら 2/5 で否決                          | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P P A A A | 	        | . + + - - 0 . . .   |         | NOT_CARRIED         | 2   | 2       | 1       | 5      | false
					棄権1: 投票数が基数なら 2対2 の同数で議長裁決待ち              | MAJORITY_OF_PRESENT | VOTES_CAST           | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P P A A A | 	        | . + + - - 0 . . .   |         | CASTING_VOTE_NEEDED | 2   | 2       | 1       | 4      | true
					棄権2: 投票数が基数なら 3対1 で可決                           | MAJORITY_OF_PRESENT | VOTES_CAST           | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P P P A A | 	        | . + + + - 0 0 . .   |         | CARRIED             | 3   | 1       | 2       | 4      | false
					棄権2: 出席委員が基数なら 3/6 は過半数に届かない (同数)        | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | REJECTED      | false       | COUNTS_AND_VOTES     | C:P P P P P P P A A | 	        | . + + + - 0 0 . .   |         | NOT_CARRIED         | 3   | 1       | 2       | 6      | true
					票を入れなかった委員は棄権と数える                            | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P P P A A | 	        | . + + . . . . . .   |         | NOT_CARRIED         | 2   | 0       | 4       | 6      | false
					除斥で母数が減り 3/4 で可決                                   | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P P P A A | 6 7     | . + + + - . . . .   |         | CARRIED             | 3   | 1       | 0       | 4      | false
					会長が除斥: 副会長が議長で表決せず                            | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P V:P P P P P A A | 1       | . . + + + - . .     |         | CARRIED             | 3   | 1       | 0       | 4      | false
					会長も表決する要綱: 会長の賛成で 3/5                           | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | true        | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | + + - - + . . . .   |         | CARRIED             | 3   | 2       | 0       | 5      | false
					会長も表決し同数なら議長裁決                                  | MAJORITY_OF_PRESENT | VOTES_CAST           | CHAIR_DECIDES | true        | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | + + - - 0 . . . .   |         | CASTING_VOTE_NEEDED | 2   | 2       | 1       | 4      | true
					代理は表決する: 代理の賛成で可決                              | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P X X A A A A | 	        | . + - + + . . . .   |         | CARRIED             | 3   | 1       | 0       | 4      | false
					代理は表決しない: 代理を除く4人中3人賛成で可決                | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | REJECTED      | false       | ATTENDS_WITHOUT_VOTE | C:P P P P P X A A A | 	        | . + - + + . . . .   |         | CARRIED             | 3   | 1       | 0       | 4      | false
					3分の2: 6人中4人賛成で可決                                    | TWO_THIRDS          | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P P P A A | 	        | . + + + + - - . .   |         | CARRIED             | 4   | 2       | 0       | 6      | false
					3分の2: 6人中3人賛成は同数でも裁決なしで否決                  | TWO_THIRDS          | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P P P A A | 	        | . + + + - - - . .   |         | NOT_CARRIED         | 3   | 3       | 0       | 6      | false
					3分の2: 7人中5人賛成で可決 (必要5)                            | TWO_THIRDS          | PRESENT_AND_ENTITLED | CHAIR_DECIDES | true        | COUNTS_AND_VOTES     | C:P P P P P P P A A | 	        | + + + + + - - . .   |         | CARRIED             | 5   | 2       | 0       | 7      | false
					3分の2: 7人中4人賛成で否決                                    | TWO_THIRDS          | PRESENT_AND_ENTITLED | CHAIR_DECIDES | true        | COUNTS_AND_VOTES     | C:P P P P P P P A A | 	        | + + + + - - - . .   |         | NOT_CARRIED         | 4   | 3       | 0       | 7      | false
					全会一致: 全員賛成で可決                                      | UNANIMOUS           | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | . + + + + . . . .   |         | CARRIED             | 4   | 0       | 0       | 4      | false
					全会一致: 棄権1で否決                                         | UNANIMOUS           | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | . + + + 0 . . . .   |         | NOT_CARRIED         | 3   | 0       | 1       | 4      | false
					全会一致で投票数が基数: 棄権は数えず可決                      | UNANIMOUS           | VOTES_CAST           | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P P P A A A A | 	        | . + + + 0 . . . .   |         | CARRIED             | 3   | 0       | 1       | 3      | false
					全員除斥: 議決できる委員がいない                              | MAJORITY_OF_PRESENT | PRESENT_AND_ENTITLED | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P A A         | 2 3     | . . . . .           |         | NOBODY_ENTITLED     | 0   | 0       | 0       | 0      | false
					全員棄権で投票数が基数: 賛成がなく否決                        | MAJORITY_OF_PRESENT | VOTES_CAST           | CHAIR_DECIDES | false       | COUNTS_AND_VOTES     | C:P P P A A         | 	        | . 0 0 . .           |         | NOT_CARRIED         | 0   | 0       | 2       | 0      | false
					""")
	void vote(String name, DecisionRule rule, DecisionBase base, TieBreak tieBreak, boolean chairVotes,
			ProxyPolicy proxy, String seats, String recused, String votes, Vote casting, Outcome outcome, int inFavour,
			int against, int abstentions, int baseCount, boolean tie) {
		Sitting sitting = new Sitting(rules(QuorumRule.MAJORITY, rule, base, tieBreak, chairVotes, proxy),
				seats(seats));
		Decision decision = sitting.vote(ids(recused), votes(votes), casting);
		assertThat(decision.outcome()).isEqualTo(outcome);
		assertThat(List.of(decision.inFavour(), decision.against(), decision.abstentions(), decision.base()))
			.containsExactly(inFavour, against, abstentions, baseCount);
		assertThat(decision.tie()).isEqualTo(tie);
		assertThat(decision.recused()).containsExactlyElementsOf(ids(recused));
		assertThat(decision.votes().keySet()).containsExactlyElementsOf(sitting.entitled(ids(recused)));
		assertThat(decision.byConsent()).isFalse();
	}

	@Test
	@DisplayName("異議なし: 議決できる委員全員の賛成として記録し、定足数がなければ議決できない")
	void consent() {
		VotingRules typical = VotingRules.of(CharterSettings.typical());
		Decision decided = new Sitting(typical, seats("C:P P P P P P P A A")).byConsent(List.of(7L));
		assertThat(decided.outcome()).isEqualTo(Outcome.CARRIED);
		assertThat(decided.byConsent()).isTrue();
		assertThat(decided.entitled()).containsExactly(2L, 3L, 4L, 5L, 6L);
		assertThat(decided.inFavour()).isEqualTo(5);
		assertThat(decided.presidingMemberId()).isEqualTo(1L);
		assertThat(new Sitting(typical, seats("C:P P P P A A A A A")).byConsent(List.of()).outcome())
			.isEqualTo(Outcome.NO_QUORUM);
	}

	@Test
	@DisplayName("議決できない票・棄権の裁決・同数でない裁決・否決の要綱での裁決は受け付けない")
	void refusedInput() {
		VotingRules typical = VotingRules.of(CharterSettings.typical());
		Sitting sitting = new Sitting(typical, seats("C:P P P P P A A A A"));
		assertThatIllegalArgumentException().isThrownBy(() -> sitting.vote(List.of(), votes("+ + + - - . . . ."), null))
			.withMessageContaining("表決に加わることができない");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> sitting.vote(List.of(), votes(". + + - - . . . ."), Vote.ABSTAIN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> sitting.vote(List.of(), votes(". + + + - . . . ."), Vote.FOR))
			.withMessageContaining("可否同数ではない");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> sitting.vote(List.of(5L), votes(". + + - - . . . ."), null))
			.withMessageContaining("表決に加わることができない")
			.isNotNull();
		Sitting rejecting = new Sitting(rules(QuorumRule.MAJORITY, DecisionRule.MAJORITY_OF_PRESENT,
				DecisionBase.PRESENT_AND_ENTITLED, TieBreak.REJECTED, false, ProxyPolicy.COUNTS_AND_VOTES),
				seats("C:P P P P P A A A A"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> rejecting.vote(List.of(), votes(". + + - - . . . ."), Vote.FOR))
			.withMessageContaining("否決");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Sitting(rules(QuorumRule.MAJORITY, DecisionRule.MAJORITY_OF_PRESENT,
					DecisionBase.PRESENT_AND_ENTITLED, TieBreak.REJECTED, false, ProxyPolicy.NOT_ALLOWED),
					seats("C:P X P")))
			.withMessageContaining("代理出席");
		assertThatIllegalArgumentException().isThrownBy(() -> new Sitting(typical, seats("C:P C:P P")));
	}

	@Test
	@DisplayName("採決の記録は後から出欠が変わっても変わらない")
	void aDecisionIsASnapshot() {
		VotingRules typical = VotingRules.of(CharterSettings.typical());
		Map<Long, Vote> votes = new LinkedHashMap<>(votes(". + + + - . . . ."));
		Decision decision = new Sitting(typical, seats("C:P P P P P A A A A")).vote(Set.of(), votes, null);
		votes.put(2L, Vote.AGAINST);
		assertThat(decision.votes()).containsEntry(2L, Vote.FOR);
		assertThat(decision.outcome()).isEqualTo(Outcome.CARRIED);
		assertThat(decision.quorum().counted()).isEqualTo(5);
	}

	static VotingRules rules(QuorumRule quorum, DecisionRule rule, DecisionBase base, TieBreak tie, boolean chairVotes,
			ProxyPolicy proxy) {
		return new VotingRules(quorum, rule, base, tie, chairVotes, proxy);
	}

	static List<Seat> seats(String text) {
		List<Seat> seats = new ArrayList<>();
		long id = 0;
		for (String token : text.trim().split("\\s+")) {
			id++;
			boolean chair = token.startsWith("C:");
			boolean vice = token.startsWith("V:");
			String code = token.substring(token.length() - 1);
			Attendance attendance = switch (code) {
				case "P" -> Attendance.PRESENT;
				case "A" -> Attendance.ABSENT;
				case "X" -> Attendance.PROXY;
				default -> throw new IllegalArgumentException(token);
			};
			seats.add(new Seat(id, attendance, chair, vice));
		}
		return seats;
	}

	static Map<Long, Vote> votes(String text) {
		Map<Long, Vote> votes = new LinkedHashMap<>();
		long id = 0;
		for (String token : text.trim().split("\\s+")) {
			id++;
			switch (token) {
				case "+" -> votes.put(id, Vote.FOR);
				case "-" -> votes.put(id, Vote.AGAINST);
				case "0" -> votes.put(id, Vote.ABSTAIN);
				case "." -> {
				}
				default -> throw new IllegalArgumentException(token);
			}
		}
		return votes;
	}

	static List<Long> ids(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.trim().split("\\s+")).map(Long::valueOf).toList();
	}

}
