package jp.kyogikai.writtendeliberation;

import java.util.List;

import jp.kyogikai.council.Council;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.voting.rule.Decision;

/**
 * What the staff page of a 書面協議 shows.
 *
 * @param deliberation the deliberation
 * @param council its council
 * @param rows the members (see {@link StaffRow})
 * @param settings the charter's settings the result follows
 * @param result the result as the replies stand now, while open; {@code null} otherwise
 * (a closed deliberation shows the counts it recorded)
 * @param acceptsReplies whether members may still reply now
 * @param closable whether staff may close it now (the deadline passed, or every member
 * who may reply did)
 * @param replied how many members replied
 * @param expected how many members may reply (those not recused)
 */
public record StaffPage(WrittenDeliberation deliberation, Council council, List<StaffRow> rows,
		CharterSettings settings, Decision result, boolean acceptsReplies, boolean closable, int replied,
		int expected) {

	/**
	 * Whether the request has gone out.
	 * @return {@code false} while a draft
	 */
	public boolean sent() {
		return this.deliberation.getStatus() != WrittenDeliberationStatus.DRAFT
				&& this.deliberation.getSentAt() != null;
	}

	/**
	 * The members who get the request by post or by hand (no address).
	 * @return their rows
	 */
	public List<StaffRow> withoutEmail() {
		return this.rows.stream().filter((row) -> row.email() == null).toList();
	}

}
