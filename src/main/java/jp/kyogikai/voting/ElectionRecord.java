package jp.kyogikai.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.voting.rule.Vote;

/**
 * An election item (会長・副会長の互選) of a meeting as the minutes write it: every nomination put
 * to the meeting with what it came to, and the sentences for the minutes.
 *
 * @param agendaItemId the item
 * @param title its title in the 次第
 * @param results the nominations decided, in the order they were decided (empty when the
 * item was not taken up)
 * @param presidingSentence who presided until a 会長 was elected, when a 座長 or 仮議長 did:
 * 「会長が選出されるまでの間、委員三郎委員が座長を務めた。」; {@code null} when the officer in office presided
 * throughout
 * @param resultSentence the outcome: 「会長に中村光一委員、副会長に鈴木花子委員が互選により選出された。」,
 * 「会長に中村光一委員が採決により選出された（賛成6、反対1、棄権0）。」, a failed nomination
 * 「委員三郎委員を会長とする推薦は、採決の結果、否決された（賛成2、反対4、棄権0）。」; empty when no result
 */
public record ElectionRecord(long agendaItemId, String title, List<Result> results, String presidingSentence,
		String resultSentence) {

	/**
	 * The minutes' text of the item: the presiding sentence (when a 座長 presided) and the
	 * outcome.
	 * @return the sentences, empty when the item was not taken up
	 */
	public String sentence() {
		return (this.presidingSentence != null) ? this.presidingSentence + this.resultSentence : this.resultSentence;
	}

	/**
	 * The members elected by the item.
	 * @return the results that elected, in order
	 */
	public List<Result> elected() {
		return this.results.stream().filter(Result::elected).toList();
	}

	/**
	 * One nomination and what it came to.
	 *
	 * @param role 会長 or 副会長
	 * @param memberId the member nominated
	 * @param memberName the name then
	 * @param elected whether the member was elected (a consent always elects)
	 * @param method 異議なし or 採決
	 * @param nomination 推薦 or 事務局案
	 * @param nominatedByName the member who nominated (推薦), {@code null} for 事務局案
	 * @param count the count of a vote, {@code null} for a consent
	 * @param presiderName who presided over it
	 * @param presiderTitle a non-member presider's organisation and title, or
	 * {@code null}
	 * @param chairperson whether a 座長 or 仮議長 presided rather than the 会長 or 副会長
	 * @param effectiveOn the day the office is held from (the meeting's day)
	 * @param decidedAt when it was recorded
	 * @param decidedBy the staff user who recorded it
	 */
	public record Result(OfficerRole role, long memberId, String memberName, boolean elected, DecisionMethod method,
			Nomination nomination, String nominatedByName, Count count, String presiderName, String presiderTitle,
			boolean chairperson, LocalDate effectiveOn, Instant decidedAt, String decidedBy) {

		static Result of(ElectionResult result) {
			Count count = (result.getMethod() == DecisionMethod.VOTE)
					? new Count(result.getMembers(), result.getCountedPresent(), result.getRequiredQuorum(),
							result.getInFavour(), result.getAgainst(), result.getAbstentions(), result.getBase(),
							result.getRequired(), result.isTie(), result.getCastingVote())
					: null;
			return new Result(result.getRole(), result.getMemberId(), result.getMemberName(), result.isElected(),
					result.getMethod(), result.getNomination(), result.getNominatedByName(), count,
					result.getPresiderName(), result.getPresiderTitle(),
					result.getPresiderKind() != PresiderKind.OFFICER, result.getEffectiveOn(), result.getDecidedAt(),
					result.getDecidedBy());
		}

	}

	/**
	 * The count of a vote on a nomination.
	 *
	 * @param members the members in office
	 * @param countedPresent those counted present
	 * @param requiredQuorum the quorum
	 * @param inFavour 賛成
	 * @param against 反対
	 * @param abstentions 棄権
	 * @param base the number the threshold was taken of
	 * @param required the votes in favour needed
	 * @param tie whether tied (可否同数)
	 * @param castingVote the presiding member's casting vote, {@code null} when none
	 */
	public record Count(int members, int countedPresent, int requiredQuorum, int inFavour, int against, int abstentions,
			int base, int required, boolean tie, Vote castingVote) {
	}

}
