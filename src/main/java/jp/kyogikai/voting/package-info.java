/**
 * The meeting at the table (issue 7): who is there moment by moment, and (next) how each
 * 協議事項 is decided, by consent (異議なし) or by a counted vote, under the council's 設置要綱. The
 * arithmetic lives in {@code voting.rule} ({@link jp.kyogikai.voting.rule.Sitting}).
 * <p>
 * The live meeting lives here rather than in {@code attendance} because it builds a
 * {@code Sitting}, and {@code voting.rule} already uses {@code attendance.rule}: the
 * other way round the modules would depend on each other.
 * <ul>
 * <li>{@link jp.kyogikai.voting.MeetingAttendance} (V21, audited): each member's 出席 / 欠席
 * / 代理出席 (with the proxy's name) at the meeting, a late arrival (遅参) and an early
 * departure (退席) with their times; initialised from the replies
 * ({@code attendance.AttendanceReply}; no reply: 欠席) when staff first open the live
 * screen.</li>
 * <li>{@link jp.kyogikai.voting.MeetingAttendee} (audited): non-members, 事務局 / 説明者 (for
 * one 協議事項) / 参考人.</li>
 * <li>{@link jp.kyogikai.voting.MeetingSession} (audited; a table of its own so that the
 * meeting module's table stays as it is): the actual 開会 and 閉会 times and the number of
 * observers (傍聴人数). 開会 moves the meeting 招集済み → 開催済み, only when it is quorate.</li>
 * </ul>
 * The staff screen {@code /meetings/{id}/live} (招集済み and 開催済み meetings may be changed)
 * shows the quorum the way the minutes write it and who presides.
 * <p>
 * <b>The API for deciding items</b> ({@link jp.kyogikai.voting.LiveMeetingService}), both
 * checking the meeting as staff pages do (another municipality: 404):
 * <ul>
 * <li>{@code sitting(meetingId, user)} → {@link jp.kyogikai.voting.LiveSitting}: the
 * {@code Sitting} now (call {@code presiding(recused)}, {@code entitled(recused)},
 * {@code byConsent(recused)}, {@code vote(recused, votes, castingVote)} on it), its
 * seats, the members' names by id, the moment and whether the meeting is in session (開会
 * and not 閉会);</li>
 * <li>{@code requireQuorum(meetingId, user)}: the same, or a
 * {@link jp.kyogikai.voting.LiveMeetingRefusedException} whose message is
 * 「定足数に達していないため、議決できません（委員9人中4人出席、定足数5人）」 (code {@code live.refused.noQuorum}).</li>
 * </ul>
 */
package jp.kyogikai.voting;
