package jp.kyogikai.council;

import java.time.LocalDate;

import jp.kyogikai.council.rule.DecisionBase;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.council.rule.TieBreak;

/**
 * The charter's fields as its history shows them; each component's name is also its
 * label's message key ({@code charter.<name>}).
 */
public record CharterSnapshot(int maxMembers, int termMonths, QuorumRule quorumRule, DecisionRule decisionRule,
		DecisionBase decisionBase, TieBreak tieBreak, boolean chairVotes, ProxyPolicy proxyPolicy,
		boolean recusalEnabled, boolean meetingsPublicByDefault, MinimumCover insuranceMinPerPerson,
		MinimumCover insuranceMinProperty, MinimumCover insuranceMinPassenger, int proposalDeadlineMonths,
		int discussionDeadlineMonths, LocalDate amendedOn, String text) {

	static CharterSnapshot of(Charter charter) {
		var s = charter.settings();
		return new CharterSnapshot(s.maxMembers(), s.termMonths(), s.quorumRule(), s.decisionRule(), s.decisionBase(),
				s.tieBreak(), s.chairVotes(), s.proxyPolicy(), s.recusalEnabled(), s.meetingsPublicByDefault(),
				charter.minimumPerPerson(), charter.minimumProperty(), charter.minimumPassenger(),
				s.proposalDeadlineMonths(), s.discussionDeadlineMonths(), charter.getAmendedOn(), charter.getText());
	}

}
