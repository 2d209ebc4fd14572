package jp.kyogikai.voting.rule;

import java.util.List;
import java.util.Map;

/**
 * The decision of an item, with everything it was computed from (a snapshot that later
 * changes of attendance do not alter).
 *
 * @param outcome what the item came to
 * @param quorum the quorum at the moment of the decision
 * @param presidingMemberId the member presiding over the item, {@code null} when neither
 * the chair nor the vice-chair could
 * @param entitled the members entitled to vote on the item, in seat order
 * @param recused the members recused from the item
 * @param votes each entitled member's vote (a member who did not vote counts as 棄権)
 * @param inFavour votes for (賛成)
 * @param against votes against (反対)
 * @param abstentions abstentions (棄権)
 * @param base the number the threshold was taken of
 * @param required the votes in favour the threshold needed
 * @param tie whether the votes were tied (可否同数)
 * @param castingVote the presiding chair's casting vote on a tie, {@code null} when none
 * was given
 * @param byConsent whether it was decided by consent (異議なし) rather than counted
 */
public record Decision(Outcome outcome, QuorumCount quorum, Long presidingMemberId, List<Long> entitled,
		List<Long> recused, Map<Long, Vote> votes, int inFavour, int against, int abstentions, int base, int required,
		boolean tie, Vote castingVote, boolean byConsent) {

	/**
	 * Whether the item is decided one way or the other.
	 * @return {@code true} when carried or not carried
	 */
	public boolean decided() {
		return this.outcome == Outcome.CARRIED || this.outcome == Outcome.NOT_CARRIED;
	}

}
