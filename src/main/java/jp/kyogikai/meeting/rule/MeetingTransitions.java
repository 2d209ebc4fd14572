package jp.kyogikai.meeting.rule;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a meeting may move to from which: each step forward in order, and back
 * only where a step can honestly be undone (a convocation withdrawn before the meeting).
 * Final minutes never go back to a draft: they are immutable. A published meeting stays
 * published. Only the convocation's steps are taken by hand on the meeting page; 開催済み
 * comes from opening the meeting (with its quorum) and the minutes' steps from the
 * minutes. Pure Java.
 */
public final class MeetingTransitions {

	private static final Map<MeetingStatus, Set<MeetingStatus>> ALLOWED = Map.of(MeetingStatus.PLANNED,
			EnumSet.of(MeetingStatus.CONVENED), MeetingStatus.CONVENED,
			EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.HELD), MeetingStatus.HELD,
			EnumSet.of(MeetingStatus.MINUTES_DRAFT), MeetingStatus.MINUTES_DRAFT,
			EnumSet.of(MeetingStatus.MINUTES_FINAL), MeetingStatus.MINUTES_FINAL, EnumSet.of(MeetingStatus.PUBLISHED),
			MeetingStatus.PUBLISHED, EnumSet.noneOf(MeetingStatus.class));

	private MeetingTransitions() {
	}

	/**
	 * Whether a meeting may move between two statuses.
	 * @param from the current status
	 * @param to the wanted status
	 * @return {@code true} when allowed; staying put is not a move
	 */
	public static boolean allowed(MeetingStatus from, MeetingStatus to) {
		return ALLOWED.get(from).contains(to);
	}

	/**
	 * The statuses reachable in one step.
	 * @param from the current status
	 * @return them, in the order of the enum
	 */
	public static Set<MeetingStatus> next(MeetingStatus from) {
		Set<MeetingStatus> next = EnumSet.noneOf(MeetingStatus.class);
		next.addAll(ALLOWED.get(from));
		return next;
	}

	/**
	 * Whether staff may take a step by hand on the meeting page: only 予定 ⇄ 招集済み.
	 * @param from the current status
	 * @param to the wanted status
	 * @return {@code true} when allowed by hand
	 */
	public static boolean byHand(MeetingStatus from, MeetingStatus to) {
		return allowed(from, to) && (to == MeetingStatus.PLANNED || to == MeetingStatus.CONVENED);
	}

	/**
	 * The steps staff may take by hand.
	 * @param from the current status
	 * @return them, in the order of the enum
	 */
	public static Set<MeetingStatus> nextByHand(MeetingStatus from) {
		Set<MeetingStatus> next = next(from);
		next.removeIf((to) -> !byHand(from, to));
		return next;
	}

	/**
	 * Whether the 次第 may still change: only before the meeting is held.
	 * @param status the meeting's status
	 * @return {@code true} while planned or convened
	 */
	public static boolean agendaEditable(MeetingStatus status) {
		return status == MeetingStatus.PLANNED || status == MeetingStatus.CONVENED;
	}

}
