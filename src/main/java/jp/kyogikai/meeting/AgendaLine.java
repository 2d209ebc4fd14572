package jp.kyogikai.meeting;

/**
 * An item of the 次第 as the page shows it: its number, the operator of a linked
 * application, and the earlier meeting it was carried over from (継続審議).
 *
 * @param item the item
 * @param number its number in the 次第, from 1 (a sub-item shares the number before it)
 * @param numbered whether it shows its number (the first of consecutive 協議事項 shows it
 * with the heading 協議事項, the others share it; sub-items show 「・」)
 * @param operatorName the linked application's operator, or {@code null}
 * @param applicationLabel the application's 受付番号 and type, or {@code null}
 * @param carriedFrom the earlier meeting, or {@code null}
 */
public record AgendaLine(AgendaItem item, int number, boolean numbered, String operatorName, String applicationLabel,
		Meeting carriedFrom) {

}
