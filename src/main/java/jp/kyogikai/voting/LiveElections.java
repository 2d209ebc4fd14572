package jp.kyogikai.voting;

import java.util.List;

import jp.kyogikai.meeting.AgendaLine;

import org.springframework.context.MessageSourceResolvable;

/**
 * The election items of a meeting as the live screen shows them.
 *
 * @param presiding who presides while an election is under way with a 座長 or 仮議長 (「座長
 * ○○」), {@code null} when the usual rule (会長, else 副会長) applies
 * @param items the election items, in the 次第's order
 */
public record LiveElections(MessageSourceResolvable presiding, List<Item> items) {

	/**
	 * An election item.
	 *
	 * @param line the item as the 次第 shows it
	 * @param elected the members it elected so far, in order
	 * @param decided whether every office of the item is filled
	 */
	public record Item(AgendaLine line, List<ElectionResult> elected, boolean decided) {
	}

}
