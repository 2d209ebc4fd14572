package jp.kyogikai.voting.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.TieBreak;

/**
 * A meeting at one moment: the members in office with their attendance now, under the
 * charter's rules. It answers whether the meeting is quorate, who presides over an item,
 * who may vote on it, and what a vote or a consent decides.
 * <p>
 * The rules applied, each a setting of the charter:
 * <ul>
 * <li>Quorum: over the members in office; members there in person count, proxies only
 * when the proxy policy counts them.</li>
 * <li>Presiding: the chair there in person and not recused; otherwise the vice-chair
 * under the same conditions; otherwise nobody (the meeting must choose a 座長 first, and a
 * tie cannot be broken by a casting vote).</li>
 * <li>Entitled to vote: members there in person, and proxies when the policy lets them
 * vote; never a recused member; the presiding member only when the charter lets the chair
 * vote.</li>
 * <li>Decision: the charter's threshold over its base (entitled members, an abstention or
 * a missing vote counting as not in favour; or the votes cast). A tie (可否同数) exists only
 * under a simple majority and when those in favour equal those not in favour within the
 * base; it is then broken by the presiding member's casting vote or counts as
 * rejected.</li>
 * </ul>
 */
public final class Sitting {

	private final VotingRules rules;

	private final List<Seat> seats;

	/**
	 * A meeting at one moment.
	 * @param rules the charter's rules
	 * @param seats every member in office on the meeting day, with attendance now
	 */
	public Sitting(VotingRules rules, List<Seat> seats) {
		this.rules = Objects.requireNonNull(rules, "rules");
		this.seats = List.copyOf(seats);
		Set<Long> ids = new HashSet<>();
		long chairs = 0;
		long viceChairs = 0;
		for (Seat seat : this.seats) {
			if (!ids.add(seat.memberId())) {
				throw new IllegalArgumentException("同じ委員が2回数えられています: " + seat.memberId());
			}
			chairs += seat.chair() ? 1 : 0;
			viceChairs += seat.viceChair() ? 1 : 0;
		}
		if (chairs > 1 || viceChairs > 1) {
			throw new IllegalArgumentException("会長・副会長はそれぞれ1人です");
		}
		if (seat(Attendance.PROXY) && !rules.proxyPolicy().allowed()) {
			throw new IllegalArgumentException("この設置要綱では代理出席は認められていません");
		}
	}

	private boolean seat(Attendance attendance) {
		return this.seats.stream().anyMatch((seat) -> seat.attendance() == attendance);
	}

	/**
	 * The quorum now.
	 * @return the count and whether it is met
	 */
	public QuorumCount quorum() {
		int inPerson = (int) this.seats.stream().filter(Seat::inPerson).count();
		int proxies = (int) this.seats.stream().filter((seat) -> seat.attendance() == Attendance.PROXY).count();
		int counted = inPerson + (this.rules.proxyPolicy().countsTowardQuorum() ? proxies : 0);
		int members = this.seats.size();
		return new QuorumCount(members, inPerson, proxies, counted,
				(members == 0) ? 1 : this.rules.quorumRule().requiredAttendance(members));
	}

	/**
	 * Who presides over an item.
	 * @param recused the members recused from the item
	 * @return the chair, else the vice-chair, there in person and not recused; empty when
	 * neither can
	 */
	public Optional<Seat> presiding(Collection<Long> recused) {
		Optional<Seat> chair = this.seats.stream()
			.filter((seat) -> seat.chair() && seat.inPerson() && !recused.contains(seat.memberId()))
			.findFirst();
		if (chair.isPresent()) {
			return chair;
		}
		return this.seats.stream()
			.filter((seat) -> seat.viceChair() && seat.inPerson() && !recused.contains(seat.memberId()))
			.findFirst();
	}

	/**
	 * The members who may vote on an item, in seat order.
	 * @param recused the members recused from it
	 * @return the entitled members
	 */
	public List<Long> entitled(Collection<Long> recused) {
		Long presiding = presiding(recused).map(Seat::memberId).orElse(null);
		List<Long> entitled = new ArrayList<>();
		for (Seat seat : this.seats) {
			boolean there = seat.inPerson()
					|| (seat.attendance() == Attendance.PROXY && this.rules.proxyPolicy().votes());
			boolean presides = Objects.equals(seat.memberId(), presiding);
			if (there && !recused.contains(seat.memberId()) && (!presides || this.rules.chairVotes())) {
				entitled.add(seat.memberId());
			}
		}
		return entitled;
	}

	/**
	 * Decides an item by consent (異議なし): every entitled member agrees.
	 * @param recused the members recused from the item
	 * @return the decision
	 */
	public Decision byConsent(Collection<Long> recused) {
		List<Long> entitled = entitled(recused);
		Map<Long, Vote> votes = new LinkedHashMap<>();
		entitled.forEach((member) -> votes.put(member, Vote.FOR));
		return decide(recused, votes, null, true);
	}

	/**
	 * Decides an item by a counted vote.
	 * @param recused the members recused from the item
	 * @param votes the votes of entitled members; an entitled member without a vote
	 * counts as 棄権
	 * @param castingVote the presiding member's casting vote on a tie ({@link Vote#FOR}
	 * or {@link Vote#AGAINST}), {@code null} when not (yet) given
	 * @return the decision; {@link Outcome#CASTING_VOTE_NEEDED} for a tie the presiding
	 * member has still to break
	 * @throws IllegalArgumentException for a vote of a member who is not entitled, or a
	 * casting vote that is an abstention or given without a tie to break
	 */
	public Decision vote(Collection<Long> recused, Map<Long, Vote> votes, Vote castingVote) {
		return decide(recused, votes, castingVote, false);
	}

	private Decision decide(Collection<Long> recusedMembers, Map<Long, Vote> given, Vote castingVote,
			boolean byConsent) {
		List<Long> recused = this.seats.stream().map(Seat::memberId).filter(recusedMembers::contains).toList();
		QuorumCount quorum = quorum();
		Long presiding = presiding(recused).map(Seat::memberId).orElse(null);
		List<Long> entitled = entitled(recused);
		for (Long member : given.keySet()) {
			if (!entitled.contains(member)) {
				throw new IllegalArgumentException("この議題で表決に加わることができない委員の票です: " + member);
			}
		}
		if (castingVote == Vote.ABSTAIN) {
			throw new IllegalArgumentException("議長の裁決は賛成か反対です");
		}
		Map<Long, Vote> votes = new LinkedHashMap<>();
		entitled.forEach((member) -> votes.put(member, given.getOrDefault(member, Vote.ABSTAIN)));
		int inFavour = count(votes, Vote.FOR);
		int against = count(votes, Vote.AGAINST);
		int abstentions = count(votes, Vote.ABSTAIN);
		DecisionRule rule = this.rules.decisionRule();
		int base = this.rules.decisionBase().base(inFavour, against, abstentions);
		int required = rule.requiredInFavour(Math.max(base, 1));
		boolean tie = rule.hasTies() && base > 0 && inFavour * 2 == base;
		if (castingVote != null && !tie) {
			throw new IllegalArgumentException("可否同数ではないため議長の裁決はできません");
		}
		if (castingVote != null && (this.rules.tieBreak() != TieBreak.CHAIR_DECIDES || presiding == null)) {
			throw new IllegalArgumentException("この設置要綱では可否同数は否決となり、議長の裁決はありません");
		}
		Outcome outcome;
		if (!quorum.met()) {
			outcome = Outcome.NO_QUORUM;
		}
		else if (entitled.isEmpty()) {
			outcome = Outcome.NOBODY_ENTITLED;
		}
		else if (tie) {
			outcome = breakTie(presiding, castingVote);
		}
		else {
			outcome = rule.isCarried(inFavour, base) ? Outcome.CARRIED : Outcome.NOT_CARRIED;
		}
		return new Decision(outcome, quorum, presiding, entitled, recused, votes, inFavour, against, abstentions, base,
				required, tie, tie ? castingVote : null, byConsent);
	}

	private Outcome breakTie(Long presiding, Vote castingVote) {
		if (this.rules.tieBreak() == TieBreak.REJECTED || presiding == null) {
			return Outcome.NOT_CARRIED;
		}
		if (castingVote == null) {
			return Outcome.CASTING_VOTE_NEEDED;
		}
		return (castingVote == Vote.FOR) ? Outcome.CARRIED : Outcome.NOT_CARRIED;
	}

	private static int count(Map<Long, Vote> votes, Vote vote) {
		return (int) votes.values().stream().filter((each) -> each == vote).count();
	}

}
