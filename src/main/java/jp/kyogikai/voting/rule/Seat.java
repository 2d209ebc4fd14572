package jp.kyogikai.voting.rule;

import java.util.Objects;

import jp.kyogikai.attendance.rule.Attendance;

/**
 * A member of the council in office on the meeting day, as the rules see the member at
 * one moment of the meeting.
 *
 * @param memberId the member
 * @param attendance whether the member (or a proxy) is there now
 * @param chair whether the member is the chair (会長)
 * @param viceChair whether the member is the vice-chair (副会長)
 */
public record Seat(long memberId, Attendance attendance, boolean chair, boolean viceChair) {

	public Seat {
		Objects.requireNonNull(attendance, "attendance");
		if (chair && viceChair) {
			throw new IllegalArgumentException("会長と副会長を兼ねることはできません");
		}
	}

	/**
	 * An ordinary member.
	 * @param memberId the member
	 * @param attendance whether the member is there now
	 * @return the seat
	 */
	public static Seat member(long memberId, Attendance attendance) {
		return new Seat(memberId, attendance, false, false);
	}

	/**
	 * Whether the member is there in person (a proxy cannot preside).
	 * @return {@code true} when present in person
	 */
	public boolean inPerson() {
		return this.attendance == Attendance.PRESENT;
	}

}
