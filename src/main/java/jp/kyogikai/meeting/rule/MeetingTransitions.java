package jp.kyogikai.meeting.rule;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a meeting may move to from which: each step forward in order, and back
 * only where a step can honestly be undone (a convocation withdrawn before the meeting,
 * final minutes reopened as a draft before they are published). A published meeting stays
 * published. Pure Java.
 */
public final class MeetingTransitions {

	private static final Map<MeetingStatus, Set<MeetingStatus>> ALLOWED = Map.of(MeetingStatus.PLANNED,
			EnumSet.of(MeetingStatus.CONVENED), MeetingStatus.CONVENED,
			EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.HELD), MeetingStatus.HELD,
			EnumSet.of(MeetingStatus.MINUTES_DRAFT), MeetingStatus.MINUTES_DRAFT,
			EnumSet.of(MeetingStatus.MINUTES_FINAL), MeetingStatus.MINUTES_FINAL,
			EnumSet.of(MeetingStatus.MINUTES_DRAFT, MeetingStatus.PUBLISHED), MeetingStatus.PUBLISHED,
			EnumSet.noneOf(MeetingStatus.class));

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
	 * Whether the 次第 may still change: only before the meeting is held.
	 * @param status the meeting's status
	 * @return {@code true} while planned or convened
	 */
	public static boolean agendaEditable(MeetingStatus status) {
		return status == MeetingStatus.PLANNED || status == MeetingStatus.CONVENED;
	}

}
