/**
 * 書面協議 / 持ち回り (issue 7): an application decided without a meeting. Staff of the council's
 * secretariat create one for a received application (it goes on the agenda: 議題に掲載), write
 * the question and the deadline, review the recusals — proposed for the members linked to
 * the applicant operator when the charter's recusal rule is on — and send the request:
 * one mail per member in office that day through the outbox, the others listed for 郵送等.
 * Members reply 賛成 / 反対 with a comment on
 * {@code /member-portal/written-deliberations/{id}} until the deadline (staff record a
 * reply that came by post); a recused member cannot reply.
 * <p>
 * The result follows the charter's rules through {@code voting.rule.Sitting}, each member
 * the request went to a seat: a member who replied is present (attending in writing), one
 * who did not is absent, recused members are recused. So <b>the charter's quorum applies
 * to the replies: a 書面協議 is valid only when the replies reach the quorum</b> (a recused
 * member cannot reply and is not counted toward it); the threshold, its base and the
 * tie-break are the charter's. As at a meeting, the chair (or, when the chair did not
 * reply, the vice-chair) who replied presides: under a charter where the chair does not
 * vote, the chair's reply counts toward the quorum but not in the vote, and a tie under
 * 議長裁決 is broken by the chair's casting vote, which staff enter as the chair recorded it.
 * Staff close after the deadline, or earlier once every member who may reply has replied:
 * carried is 承認 (条件付き承認 when staff enter conditions), not carried 否決, recorded on the
 * application through {@code ApplicationService.decide}; without the quorum it cannot be
 * closed, and staff extend the deadline or cancel (the application goes back to 受付済み).
 * Closing keeps a snapshot (the counts on
 * {@link jp.kyogikai.writtendeliberation.WrittenDeliberation}, who was entitled and which
 * vote was counted on each {@link jp.kyogikai.writtendeliberation.WrittenRecipient}); a
 * closed or cancelled deliberation changes no more.
 */
package jp.kyogikai.writtendeliberation;
