package jp.kyogikai.member;

import java.time.LocalDate;

/**
 * One line of the roster (委員名簿).
 *
 * @param appointmentId the appointment
 * @param memberId the member
 * @param name 氏名
 * @param furigana ふりがな
 * @param category 選出区分
 * @param affiliation 備考 (organisation and title)
 * @param officerRole 会長 / 副会長, if any
 * @param start first day of the term
 * @param end last day in office
 * @param substitute whether the appointment is a 補欠
 * @param endedEarly whether it ended before its term (辞任 etc.)
 */
public record RosterEntry(long appointmentId, long memberId, String name, String furigana, String category,
		String affiliation, OfficerRole officerRole, LocalDate start, LocalDate end, boolean substitute,
		boolean endedEarly) {
}
