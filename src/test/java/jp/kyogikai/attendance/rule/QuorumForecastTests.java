package jp.kyogikai.attendance.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("出欠の回答からの会議の成立見込み (QuorumForecast)")
class QuorumForecastTests {

	static List<Attendance> replies(int present, int proxies, int absent) {
		List<Attendance> replies = new ArrayList<>();
		replies.addAll(Collections.nCopies(present, Attendance.PRESENT));
		replies.addAll(Collections.nCopies(proxies, Attendance.PROXY));
		replies.addAll(Collections.nCopies(absent, Attendance.ABSENT));
		Collections.shuffle(replies);
		return replies;
	}

	@ParameterizedTest(name = "委員{0}人、出席{1}・代理{2}・欠席{3}、{4}・{5} → 出席予定{6}人、定足数{7}人、成立見込み={8}")
	@CsvSource(textBlock = """
			# the seed council: 9 members, 過半数, proxies counted
			9, 5, 1, 1, MAJORITY,     COUNTS_AND_VOTES,     6, 5, true
			# exactly at the quorum, thanks to the proxy
			9, 4, 1, 2, MAJORITY,     COUNTS_AND_VOTES,     5, 5, true
			# the same replies where proxies attend without counting
			9, 4, 1, 2, MAJORITY,     ATTENDS_WITHOUT_VOTE, 4, 5, false
			9, 5, 1, 1, MAJORITY,     ATTENDS_WITHOUT_VOTE, 5, 5, true
			# a proxy reply kept from before the charter stopped allowing them counts for nothing
			9, 4, 1, 0, MAJORITY,     NOT_ALLOWED,          4, 5, false
			9, 5, 0, 4, MAJORITY,     NOT_ALLOWED,          5, 5, true
			# one short of the quorum
			9, 4, 0, 5, MAJORITY,     COUNTS_AND_VOTES,     4, 5, false
			# 10 members: 過半数 needs 6, 2分の1以上 needs 5
			10, 5, 0, 5, MAJORITY,     COUNTS_AND_VOTES,    5, 6, false
			10, 5, 0, 5, HALF_OR_MORE, COUNTS_AND_VOTES,    5, 5, true
			10, 4, 1, 5, HALF_OR_MORE, COUNTS_AND_VOTES,    5, 5, true
			10, 4, 1, 5, HALF_OR_MORE, ATTENDS_WITHOUT_VOTE, 4, 5, false
			10, 4, 0, 0, HALF_OR_MORE, NOT_ALLOWED,         4, 5, false
			# nobody replied yet: the unanswered are not counted
			9, 0, 0, 0, MAJORITY,     COUNTS_AND_VOTES,     0, 5, false
			9, 0, 0, 0, HALF_OR_MORE, COUNTS_AND_VOTES,     0, 5, false
			# everybody absent
			9, 0, 0, 9, MAJORITY,     COUNTS_AND_VOTES,     0, 5, false
			# everybody present
			9, 9, 0, 0, HALF_OR_MORE, NOT_ALLOWED,          9, 5, true
			# nobody in office: the quorum is never less than one
			0, 0, 0, 0, MAJORITY,     COUNTS_AND_VOTES,     0, 1, false
			""")
	void forecast(int members, int present, int proxies, int absent, QuorumRule rule, ProxyPolicy policy, int expected,
			int required, boolean met) {
		QuorumForecast forecast = QuorumForecast.of(members, replies(present, proxies, absent), rule, policy);
		assertThat(forecast.expected()).isEqualTo(expected);
		assertThat(forecast.required()).isEqualTo(required);
		assertThat(forecast.met()).isEqualTo(met);
		assertThat(forecast.present()).isEqualTo(present);
		assertThat(forecast.proxies()).isEqualTo(proxies);
		assertThat(forecast.absent()).isEqualTo(absent);
		assertThat(forecast.unanswered()).isEqualTo(members - present - proxies - absent);
		assertThat(forecast.countedProxies() + forecast.uncountedProxies()).isEqualTo(proxies);
	}

	@Test
	void proxiesAreCountedAllOrNoneAsThePolicySays() {
		List<Attendance> twoProxies = replies(3, 2, 0);
		assertThat(QuorumForecast.of(7, twoProxies, QuorumRule.MAJORITY, ProxyPolicy.COUNTS_AND_VOTES).countedProxies())
			.isEqualTo(2);
		assertThat(QuorumForecast.of(7, twoProxies, QuorumRule.MAJORITY, ProxyPolicy.ATTENDS_WITHOUT_VOTE)
			.uncountedProxies()).isEqualTo(2);
		assertThat(QuorumForecast.of(7, twoProxies, QuorumRule.MAJORITY, ProxyPolicy.NOT_ALLOWED).countedProxies())
			.isZero();
	}

	@Test
	void moreRepliesThanMembersIsAMistake() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> QuorumForecast.of(2, replies(3, 0, 0), QuorumRule.MAJORITY, ProxyPolicy.NOT_ALLOWED));
	}

}
