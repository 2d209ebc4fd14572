package jp.kyogikai.writtendeliberation;

/**
 * A 書面協議 as the member reads it.
 *
 * @param line the deliberation with the member's reply
 * @param recipient the member as the request went to the member
 * @param chairPresides whether the member is the chair (or vice-chair) who does not vote
 * under the charter but breaks a tie
 */
public record MemberPage(MemberLine line, WrittenRecipient recipient, boolean chairPresides) {

	public WrittenDeliberation deliberation() {
		return this.line.deliberation();
	}

	/**
	 * Whether the member may reply (or change the reply) now.
	 * @return {@code true} while open, before the deadline, when not recused
	 */
	public boolean mayVote() {
		return this.line.acceptsReplies() && !this.recipient.isRecused();
	}

}
