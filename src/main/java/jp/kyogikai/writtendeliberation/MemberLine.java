package jp.kyogikai.writtendeliberation;

/**
 * A 書面協議 in a member's list.
 *
 * @param deliberation the deliberation
 * @param councilName its council
 * @param vote the member's reply, {@code null} while none
 * @param recused whether the member takes no part
 * @param acceptsReplies whether the member may still reply
 */
public record MemberLine(WrittenDeliberation deliberation, String councilName, WrittenVote vote, boolean recused,
		boolean acceptsReplies) {

}
