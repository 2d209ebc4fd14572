package jp.kyogikai.voting.rule;

import java.util.Objects;

import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.council.rule.DecisionBase;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.council.rule.TieBreak;

/**
 * The settings of a 設置要綱 that decide a meeting's items.
 *
 * @param quorumRule 会議の成立要件
 * @param decisionRule 議決の要件
 * @param decisionBase what the threshold is taken of
 * @param tieBreak 可否同数の扱い
 * @param chairVotes whether the presiding chair votes with the members
 * @param proxyPolicy 代理出席の扱い
 */
public record VotingRules(QuorumRule quorumRule, DecisionRule decisionRule, DecisionBase decisionBase,
		TieBreak tieBreak, boolean chairVotes, ProxyPolicy proxyPolicy) {

	public VotingRules {
		Objects.requireNonNull(quorumRule, "quorumRule");
		Objects.requireNonNull(decisionRule, "decisionRule");
		Objects.requireNonNull(decisionBase, "decisionBase");
		Objects.requireNonNull(tieBreak, "tieBreak");
		Objects.requireNonNull(proxyPolicy, "proxyPolicy");
	}

	/**
	 * The voting rules of a charter.
	 * @param settings the charter's settings
	 * @return its rules for deciding items
	 */
	public static VotingRules of(CharterSettings settings) {
		return new VotingRules(settings.quorumRule(), settings.decisionRule(), settings.decisionBase(),
				settings.tieBreak(), settings.chairVotes(), settings.proxyPolicy());
	}

}
