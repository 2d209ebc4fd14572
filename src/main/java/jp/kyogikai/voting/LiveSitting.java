package jp.kyogikai.voting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kyogikai.voting.rule.QuorumCount;
import jp.kyogikai.voting.rule.Seat;
import jp.kyogikai.voting.rule.Sitting;
import jp.kyogikai.voting.rule.VotingRules;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A meeting at one moment, for the live screen and for deciding its items: the
 * {@link Sitting} of the members in office on the meeting's day with where each is now,
 * under the charter's rules, and the members' names.
 *
 * @param meetingId the meeting
 * @param rules the charter's rules
 * @param sitting the sitting now (use it for presiding, entitled, byConsent and vote)
 * @param seats the seats it was made of, in roster order
 * @param names each member's name by member id
 * @param at the moment: now, or the latest arrival or departure recorded when later
 * @param inSession whether the meeting is opened (開会) and not yet closed (閉会)
 */
public record LiveSitting(long meetingId, VotingRules rules, Sitting sitting, List<Seat> seats, Map<Long, String> names,
		Instant at, boolean inSession) {

	/**
	 * The quorum now.
	 * @return the count and whether it is met
	 */
	public QuorumCount quorum() {
		return this.sitting.quorum();
	}

	/**
	 * A member's name.
	 * @param memberId the member
	 * @return the name, {@code null} for a member not in office on the meeting's day
	 */
	public String name(long memberId) {
		return this.names.get(memberId);
	}

	/**
	 * Who presides over an item: the chair there in person and not recused, else the
	 * vice-chair.
	 * @param recused the members recused from the item
	 * @return the presiding member's seat, empty when neither can
	 */
	public Optional<Seat> presiding(Collection<Long> recused) {
		return this.sitting.presiding(recused);
	}

	/**
	 * The quorum the way the minutes write it: 「委員9人中7人出席、過半数に達しているため会議は成立」, with
	 * 「（代理出席1人を含む）」 when proxies count toward the quorum, or
	 * 「委員9人中4人出席、定足数に達していないため会議は成立していません」.
	 * @return the statement, resolved through the messages ({@code #labels.of})
	 */
	public MessageSourceResolvable quorumStatement() {
		QuorumCount quorum = quorum();
		Object proxies = (this.rules.proxyPolicy().countsTowardQuorum() && quorum.proxies() > 0)
				? message("live.quorum.proxiesCounted", quorum.proxies()) : "";
		if (quorum.met()) {
			return message("live.quorum.met", quorum.members(), quorum.counted(), proxies,
					message("live.quorum.rule." + this.rules.quorumRule().name()));
		}
		return message("live.quorum.notMet", quorum.members(), quorum.counted(), proxies);
	}

	/**
	 * Who presides when nobody is recused: 「会長 ○○」, 「副会長 ○○が議長を代理」 or 「議長が決まっていません」.
	 * @return the statement, resolved through the messages
	 */
	public MessageSourceResolvable presidingStatement() {
		return presiding(List.of())
			.map((seat) -> message(seat.chair() ? "live.presiding.chair" : "live.presiding.viceChair",
					name(seat.memberId())))
			.orElseGet(() -> message("live.presiding.none"));
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
