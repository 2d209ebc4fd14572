package jp.kyogikai.council.rule;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("代理出席の扱い (ProxyPolicy)")
class ProxyPolicyTests {

	@ParameterizedTest(name = "{0}: 代理出席={1}, 定足数に算入={2}, 表決={3}")
	@CsvSource(textBlock = """
			COUNTS_AND_VOTES,     true,  true,  true
			ATTENDS_WITHOUT_VOTE, true,  false, false
			NOT_ALLOWED,          false, false, false
			""")
	@DisplayName("各方針で代理人ができること")
	void allowsCountsAndVotesAsThePolicySays(ProxyPolicy policy, boolean allowed, boolean countsTowardQuorum,
			boolean votes) {
		assertThat(policy.allowed()).as("allowed").isEqualTo(allowed);
		assertThat(policy.countsTowardQuorum()).as("countsTowardQuorum").isEqualTo(countsTowardQuorum);
		assertThat(policy.votes()).as("votes").isEqualTo(votes);
	}

	@ParameterizedTest
	@EnumSource(ProxyPolicy.class)
	@DisplayName("表決できる代理人は定足数に算入され、算入される代理人は出席を認められている")
	void votingImpliesCountingAndCountingImpliesAttending(ProxyPolicy policy) {
		assertThat(!policy.votes() || policy.countsTowardQuorum()).as("votes ⇒ countsTowardQuorum").isTrue();
		assertThat(!policy.countsTowardQuorum() || policy.allowed()).as("countsTowardQuorum ⇒ allowed").isTrue();
	}

	@Test
	@DisplayName("方針は3つで、上の表がすべてを網羅する")
	void hasExactlyTheThreePoliciesOfTheTable() {
		assertThat(ProxyPolicy.values()).containsExactly(ProxyPolicy.COUNTS_AND_VOTES, ProxyPolicy.ATTENDS_WITHOUT_VOTE,
				ProxyPolicy.NOT_ALLOWED);
	}

}
