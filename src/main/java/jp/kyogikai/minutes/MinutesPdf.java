package jp.kyogikai.minutes;

import java.time.LocalDate;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.document.Align;
import jp.kyogikai.document.Column;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Table;
import jp.kyogikai.document.Text;
import jp.kyogikai.document.Typeface;

/**
 * The minutes as an A4 document in the official style: the title centred, the meeting's
 * particulars numbered (１ 日時, ２ 場所, …) with their text hanging beside the heading, then
 * 議事 with each 次第 item, its statements as 「（発言者）発言」 and its result, and — when the
 * charter asks for 議事録署名人 — the certification and the signature lines. Corrected minutes
 * print each corrected part with its note 「（令和8年12月2日訂正）」 and end with the 訂正履歴 (date,
 * part, reason).
 */
final class MinutesPdf {

	private static final float LABEL = 38f;

	private static final float MAX_SPEAKER = 40f;

	private MinutesPdf() {
	}

	/**
	 * Writes the PDF.
	 * @param text the minutes
	 * @param date the document's date (the meeting's day)
	 * @param mark 「（案）」 for a draft, 「（公開用）」 for the public version, or {@code null}
	 * @param archival whether the PDF is made for keeping (PDF/A)
	 * @return the bytes
	 */
	static byte[] render(MinutesText text, LocalDate date, String mark, boolean archival) {
		String title = (mark != null) ? text.title() + mark : text.title();
		PdfDocumentBuilder pdf = PdfDocumentBuilder
			.a4(new DocumentInfo(title, text.municipalityName(), text.councilName(), date))
			.header(text.councilName(), (mark != null) ? "議事録" + mark : "議事録");
		if (archival) {
			pdf.archival();
		}
		pdf.title(title);
		int number = 0;
		boolean agenda = false;
		for (MinutesText.Part part : text.sections()) {
			if (!part.item()) {
				number++;
				pdf.item(full(number) + "　" + part.heading(), noted(part.body(), part.note()), 0, LABEL);
				continue;
			}
			if (!agenda) {
				number++;
				agenda = true;
				pdf.item(full(number) + "　議事", "", 0, LABEL);
			}
			// a corrected item without a result carries its note on the heading
			String heading = part.body().isBlank() ? noted(part.heading(), part.note()) : part.heading();
			int gap = heading.indexOf('　');
			if (heading.startsWith("・")) {
				pdf.item("・", heading.substring(1), 9, 4);
			}
			else if (gap > 0 && gap <= 4) {
				pdf.item(heading.substring(0, gap), heading.substring(gap + 1), 4, 6);
			}
			else {
				pdf.item("", heading, 4, 0);
			}
			for (MinutesText.Statement statement : part.statements()) {
				String speaker = statement.speaker().isBlank() ? "" : "（" + statement.speaker() + "）";
				float width = speakerWidth(speaker);
				String summary = noted(statement.summary(), statement.note());
				if (width > MAX_SPEAKER) {
					// a long speaker on a line of its own, the statement under it
					pdf.item("", speaker, 8, 0).item("", summary, 12, 0);
				}
				else {
					pdf.item(speaker, summary, 8, width);
				}
			}
			if (!part.body().isBlank()) {
				pdf.item("", noted(part.body(), part.note()), 10, 0);
			}
			pdf.spacer(2);
		}
		if (text.signatures()) {
			// one block, so that the certification never stands on a page without the
			// signatures
			pdf.spacer(10).rightBlock(10, signatureLines(text));
		}
		if (!text.corrections().isEmpty()) {
			// after the signatures: they certify the minutes as finalised
			pdf.spacer(6).heading("訂正履歴");
			Table history = Table.of(Column.of("訂正日", 3).aligned(Align.CENTER), Column.of("訂正箇所", 5),
					Column.of("訂正の理由", 6));
			for (MinutesText.Correction correction : text.corrections()) {
				history.row(Wareki.format(correction.day()), correction.part(), correction.reason());
			}
			pdf.table(history);
		}
		return pdf.toBytes();
	}

	private static String noted(String text, String note) {
		return (note != null) ? text + note : text;
	}

	private static Text[] signatureLines(MinutesText text) {
		Text[] lines = new Text[3 + text.signers().size()];
		lines[0] = new Text("上記のとおり相違ないことを証するため、ここに署名する。", Typeface.MINCHO, 10.5f);
		lines[1] = new Text("　", Typeface.MINCHO, 10.5f);
		lines[2] = new Text("議　　長　　" + nameOrBlank(text.presidingName()) + "　　＿＿＿＿＿＿＿＿＿＿", Typeface.MINCHO, 10.5f);
		for (int i = 0; i < text.signers().size(); i++) {
			lines[i + 3] = new Text("議事録署名人　" + text.signers().get(i) + "　　＿＿＿＿＿＿＿＿＿＿", Typeface.MINCHO, 10.5f);
		}
		return lines;
	}

	private static String nameOrBlank(String name) {
		return (name != null) ? name : "　　　　　　";
	}

	private static float speakerWidth(String speaker) {
		return speaker.codePointCount(0, speaker.length()) * 3.75f + 1.5f;
	}

	private static String full(int number) {
		StringBuilder digits = new StringBuilder();
		for (char c : Integer.toString(number).toCharArray()) {
			digits.append((char) ('０' + (c - '0')));
		}
		return digits.toString();
	}

}
