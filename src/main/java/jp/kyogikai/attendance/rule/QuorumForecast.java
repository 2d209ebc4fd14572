package jp.kyogikai.attendance.rule;

import java.util.Collection;

import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;

/**
 * Whether a meeting will be quorate, judged from the replies before it: the members who
 * will attend, plus the proxies where the charter counts them toward the quorum
 * ({@link ProxyPolicy#countsTowardQuorum()}); a member who has not replied is not
 * counted. The quorum is taken over the members in office on the meeting's day.
 *
 * @param members the members in office on the meeting's day (委員数)
 * @param present the members who will attend in person
 * @param proxies the members who will send a proxy
 * @param countedProxies the proxies counted toward the quorum (all of them or none, as
 * the charter says)
 * @param absent the members who will be absent
 * @param unanswered the members who have not replied
 * @param required the attendance the quorum needs (定足数)
 * @param met whether the expected attendance reaches it
 */
public record QuorumForecast(int members, int present, int proxies, int countedProxies, int absent, int unanswered,
		int required, boolean met) {

	/**
	 * The forecast from the replies.
	 * @param members the members in office on the meeting's day
	 * @param replies the reply of each member who replied (at most one each)
	 * @param quorumRule the charter's quorum rule
	 * @param proxyPolicy the charter's proxy policy
	 * @return the forecast
	 * @throws IllegalArgumentException when there are more replies than members
	 */
	public static QuorumForecast of(int members, Collection<Attendance> replies, QuorumRule quorumRule,
			ProxyPolicy proxyPolicy) {
		if (members < 0 || replies.size() > members) {
			throw new IllegalArgumentException("回答数が委員数を超えています: 委員" + members + "人、回答" + replies.size() + "件");
		}
		int present = count(replies, Attendance.PRESENT);
		int proxies = count(replies, Attendance.PROXY);
		int absent = count(replies, Attendance.ABSENT);
		int countedProxies = proxyPolicy.countsTowardQuorum() ? proxies : 0;
		int expected = present + countedProxies;
		return new QuorumForecast(members, present, proxies, countedProxies, absent, members - replies.size(),
				quorumRule.requiredAttendance(members), quorumRule.isMet(members, expected));
	}

	/**
	 * The attendance counted toward the quorum (出席予定).
	 * @return members in person and the counted proxies
	 */
	public int expected() {
		return this.present + this.countedProxies;
	}

	/**
	 * The proxies who may attend without counting toward the quorum.
	 * @return their number
	 */
	public int uncountedProxies() {
		return this.proxies - this.countedProxies;
	}

	private static int count(Collection<Attendance> replies, Attendance kind) {
		return (int) replies.stream().filter((reply) -> reply == kind).count();
	}

}
