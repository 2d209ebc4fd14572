package jp.kyogikai.material;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.document.Align;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Text;
import jp.kyogikai.document.Typeface;
import jp.kyogikai.meeting.AgendaItem;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.rule.AgendaItemKind;

/**
 * The 次第 as the seed prints it: 「○○協議会次第」, 日時 in 和暦 with the weekday and 午前/午後, 場所, then
 * the numbered items with their sub-items (・資料確認), the 協議事項 with each application's
 * operator, and the 資料No. of each item's materials.
 */
final class AgendaPdf {

	static final String TITLE = "次第";

	private static final float ITEM_SIZE = 12f;

	private AgendaPdf() {
	}

	static byte[] render(Meeting meeting, String council, List<AgendaLine> agenda, List<NumberedMaterial> numbered,
			String municipality) {
		ZonedDateTime start = meeting.getStartsAt().atZone(Kyogikai.ZONE);
		LocalDate date = start.toLocalDate();
		String when = Wareki.formatWithWeekday(date) + Wareki.formatTime(start.toLocalTime());
		if (meeting.getEndsAt() != null) {
			when += "～" + Wareki.formatTime(meeting.getEndsAt().atZone(Kyogikai.ZONE).toLocalTime());
		}
		String where = (meeting.getPlace() != null) ? meeting.getPlace() : "";
		if (meeting.isOnline()) {
			where += (where.isEmpty() ? "" : "（") + "オンライン" + (where.isEmpty() ? "" : "併用）");
		}
		PdfDocumentBuilder pdf = PdfDocumentBuilder.a4(new DocumentInfo(council + TITLE, municipality, council, date))
			.withoutPageNumbers()
			.spacer(6)
			.paragraph(new Text(council + TITLE, Typeface.MINCHO, 16f), Align.CENTER)
			.spacer(10)
			.paragraph(item("日時　" + when), Align.LEFT)
			.paragraph(item("場所　" + where), Align.LEFT)
			.spacer(10);
		for (AgendaLine line : agenda) {
			AgendaItem item = line.item();
			String references = MaterialNumbering.references(numbered, item.getId());
			if (references == null) {
				references = item.getMaterials();
			}
			String suffix = (references != null) ? "　・・・" + references : "";
			if (item.isSubItem()) {
				pdf.paragraph(item("　　・" + item.getTitle() + suffix), Align.LEFT);
				continue;
			}
			if (item.getKind() == AgendaItemKind.DELIBERATION) {
				if (line.numbered()) {
					pdf.spacer(5).paragraph(item(line.number() + "　協議事項"), Align.LEFT);
				}
				boolean operator = line.operatorName() != null;
				pdf.spacer(1).paragraph(item("　　" + item.getTitle() + (operator ? "" : suffix)), Align.LEFT);
				if (operator) {
					pdf.paragraph(item("　　　・" + line.operatorName() + suffix), Align.LEFT);
				}
				continue;
			}
			pdf.spacer(5).paragraph(item(line.number() + "　" + spaced(item.getTitle()) + suffix), Align.LEFT);
		}
		return pdf.toBytes();
	}

	private static Text item(String text) {
		return new Text(text, Typeface.MINCHO, ITEM_SIZE);
	}

	/**
	 * A two-character title spaced out as notices print it: 開 会.
	 */
	static String spaced(String title) {
		return (title.codePointCount(0, title.length()) == 2)
				? new StringBuilder().appendCodePoint(title.codePointAt(0))
					.append('　')
					.append(title.substring(title.offsetByCodePoints(0, 1)))
					.toString()
				: title;
	}

}
