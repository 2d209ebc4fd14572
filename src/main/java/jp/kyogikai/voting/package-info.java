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
 * <p>
 * <b>Deciding the 協議事項</b> ({@link jp.kyogikai.voting.ItemDecisionService}, V23; the
 * staff page {@code /meetings/{id}/live/items/{itemId}} linked from the live screen, and
 * {@code /meetings/{id}/decisions.csv}):
 * <ul>
 * <li>{@link jp.kyogikai.voting.ItemRecusal} (audited): members recused from one item,
 * proposed when the page is first opened (or the item decided) for members whose
 * {@code Member.operatorId} is the applicant operator, when the charter has the recusal
 * rule; staff add or withdraw one with a reason (a withdrawn one keeps its row).</li>
 * <li>{@link jp.kyogikai.voting.ItemDecision} (audited): the 説明者's explanation and the
 * questions, and once decided the method (異議なし / 採決), the outcome (承認 / 条件付き承認 / 否決 /
 * 継続審議, {@code application.rule.DecisionOutcome}) and the count's snapshot;
 * {@link jp.kyogikai.voting.ItemDecisionSeat} (immutable, a trigger refuses changes):
 * each member then. Deciding checks the quorum first ({@code requireQuorum}), refuses
 * when nobody is entitled and asks for the casting vote on a tie; it calls
 * {@code ApplicationService.decide} and, for a final outcome,
 * {@code OperatorService.recordDeliberation} with the meeting's day. A decided item is
 * locked.</li>
 * <li>{@link jp.kyogikai.voting.ItemDecisionCorrection} (audited): a correction with its
 * reason. It changes the minutes' record only, never the application, and is refused when
 * the application would have had another status (承認 ↔ 条件付き承認 and the conditions may be
 * corrected).</li>
 * </ul>
 * <p>
 * <b>Electing the 会長 and 副会長</b> ({@link jp.kyogikai.voting.ElectionService}, V24; a 次第
 * item of kind {@code ELECTION}, the staff page
 * {@code /meetings/{id}/live/elections/{itemId}} linked from the live screen):
 * <ul>
 * <li>{@link jp.kyogikai.voting.ItemElection} (audited): the offices the item elects and
 * who presides until it has elected a 会長: the officer in office (会長, else 副会長), a member
 * present as 座長, or a named non-member as 仮議長; from then on the new 会長. The live screen's
 * 「議長」 line says 「座長 ○○」 meanwhile.</li>
 * <li>{@link jp.kyogikai.voting.ElectionResult} (audited, immutable: a trigger refuses
 * changes): each nomination (推薦 by a member present, or 事務局案) of a member in office and
 * present, decided by consent or by a counted vote through {@code Sitting} (the presiding
 * 座長 counting as the chair for the chair's vote and the casting vote), under the quorum
 * and between 開会 and 閉会; an elected member takes the office through
 * {@code MemberService.elect} from the meeting's day, so the roster, the presiding member
 * and the casting vote of later items follow. A filled office is locked; no correction
 * here (the roster's member page changes an office, with its own history).</li>
 * <li>For the minutes: {@code ElectionService.results(meetingId, user)} →
 * {@link jp.kyogikai.voting.ElectionRecord} per election item, with its results and the
 * sentence 「会長に中村光一委員、副会長に鈴木花子委員が互選により選出された。」.</li>
 * </ul>
 */
package jp.kyogikai.voting;
