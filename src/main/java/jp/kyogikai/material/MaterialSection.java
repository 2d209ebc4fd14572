package jp.kyogikai.material;

import java.time.Instant;
import java.util.List;

/**
 * The 資料 section of a meeting's page.
 *
 * @param meetingId the meeting
 * @param editable whether materials may change (while the 次第 may)
 * @param materials the materials in order with their numbers
 * @param items the 次第 items a material may belong to
 * @param offers 協議事項 naming an application whose 協議申請書 is not a material yet
 * @param operators the operators whose 要件確認表 may be added
 * @param fiscalYears the 年度 whose statistics may be added
 * @param fileLimit the largest upload, as people read it
 * @param readers who of the members downloaded what, and when
 */
public record MaterialSection(long meetingId, boolean editable, List<NumberedMaterial> materials,
		List<ItemOption> items, List<ApplicationOffer> offers, List<Option> operators, List<Option> fiscalYears,
		String fileLimit, List<Reader> readers) {

	/**
	 * An item of the 次第 to attach materials to.
	 *
	 * @param id the item
	 * @param label its number and title
	 */
	public record ItemOption(long id, String label) {
	}

	/**
	 * A 協議事項 naming an application.
	 *
	 * @param itemId the item
	 * @param applicationId the application
	 * @param label what the button says: the operator and the 受付番号
	 */
	public record ApplicationOffer(long itemId, long applicationId, String label) {
	}

	/**
	 * A choice of a select.
	 *
	 * @param value the value
	 * @param label the label
	 */
	public record Option(long value, String label) {
	}

	/**
	 * A member's downloads of the meeting's materials.
	 *
	 * @param name the member's name
	 * @param packetCount how often the packet was downloaded
	 * @param packetFirst the first time, or {@code null}
	 * @param packetLast the latest time, or {@code null}
	 * @param materialCount how many single materials were downloaded
	 * @param materialLast the latest time, or {@code null}
	 */
	public record Reader(String name, long packetCount, Instant packetFirst, Instant packetLast, long materialCount,
			Instant materialLast) {
	}

}
