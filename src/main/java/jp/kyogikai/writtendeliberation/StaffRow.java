package jp.kyogikai.writtendeliberation;

/**
 * One member on the staff page of a 書面協議: before sending, a member in office today with
 * any recusal; from the sending on, a member the request went to, with the reply.
 *
 * @param memberId the member
 * @param name the member's name
 * @param chair whether the member is 会長
 * @param viceChair whether the member is 副会長
 * @param email the address the request goes (went) to, {@code null} for 郵送等
 * @param recused whether the member takes no part
 * @param recusalReason the reason, {@code null} unless recused
 * @param proposed whether the recusal was proposed automatically (linked to the
 * applicant)
 * @param vote the member's reply, {@code null} while there is none
 * @param recipient the member as the request went out (and, once closed, as counted);
 * {@code null} before sending
 */
public record StaffRow(long memberId, String name, boolean chair, boolean viceChair, String email, boolean recused,
		String recusalReason, boolean proposed, WrittenVote vote, WrittenRecipient recipient) {

}
