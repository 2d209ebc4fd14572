/**
 * Meetings of a council (会議) and their 次第: 第N回 within a 年度 (numbered per council, the
 * next number suggested), date and time in Asia/Tokyo, place or online, openness, and a
 * status that moves only as {@link jp.kyogikai.meeting.rule.MeetingTransitions} allows.
 * The 次第 is a list of {@link jp.kyogikai.meeting.AgendaItem}s started from the usual
 * items and edited by the secretariat; a 協議事項 names a received application, which the
 * application module puts on the agenda ({@code ApplicationService.putOnAgenda}) and
 * takes off again. Each meeting has an iCalendar file
 * ({@link jp.kyogikai.meeting.ICalendar}). Pages for SECRETARIAT of the council's
 * secretariat municipality and ADMIN under {@code /councils/{id}/meetings} and
 * {@code /meetings/**}. The meeting page checks the meeting once
 * ({@link jp.kyogikai.meeting.CheckedMeeting}, which only {@code MeetingService} makes)
 * and hands it to the panels other modules add to it.
 */
package jp.kyogikai.meeting;
