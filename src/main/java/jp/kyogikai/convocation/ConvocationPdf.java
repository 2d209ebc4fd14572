package jp.kyogikai.convocation;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.document.Align;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Text;
import jp.kyogikai.document.Typeface;
import jp.kyogikai.meeting.AgendaItem;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.rule.AgendaItemKind;

/**
 * The 招集通知 as a municipal letter on A4: the document number and the date flush right, the
 * addressee 委員各位, the sender (the council and its 会長) flush right, the centred title, the
 * request, 記, then 1 日時, 2 場所, 3 次第 (numbered as on the meeting page, with its sub-items)
 * and 4 資料, and the secretariat's contact at the foot. No page numbers.
 */
final class ConvocationPdf {

	private static final String[] NUMERALS = { "１", "２", "３", "４", "５", "６" };

	/** From the section's number to its text, in millimetres. */
	private static final float SECTION_LABEL = 22;

	/** Where the 次第's numbers stand. */
	private static final float AGENDA_INDENT = 8;

	private static final float AGENDA_LABEL = 6;

	private ConvocationPdf() {
	}

	static byte[] render(ConvocationLetter letter, String municipality) {
		PdfDocumentBuilder pdf = PdfDocumentBuilder
			.a4(new DocumentInfo(letter.title(), municipality, letter.councilName(), letter.letterDate()))
			.withoutPageNumbers()
			.paragraph(letter.documentNumber(), Align.RIGHT)
			.paragraph(Wareki.format(letter.letterDate()), Align.RIGHT)
			.spacer(6)
			.paragraph("委員各位")
			.spacer(4)
			.rightBlock(10, letter.sender().lines().map(Text::of).toArray(Text[]::new))
			.spacer(10)
			.paragraph(new Text(letter.title(), Typeface.MINCHO, 12f), Align.CENTER)
			.spacer(6)
			.paragraph("　日頃より本協議会の運営に御理解と御協力を賜り、厚くお礼申し上げます。")
			.paragraph("　さて、" + letter.meetingName() + "を下記のとおり開催しますので、御多忙のところ恐縮ですが、" + "御出席くださいますようお願いいたします。")
			.spacer(4)
			.paragraph("記", Align.CENTER)
			.spacer(4);
		pdf.item(NUMERALS[0] + "　日　時", letter.when(), 0, SECTION_LABEL).spacer(2);
		pdf.item(NUMERALS[1] + "　場　所", letter.where(), 0, SECTION_LABEL).spacer(2);
		pdf.item(NUMERALS[2] + "　次　第", "", 0, SECTION_LABEL);
		for (AgendaLine line : letter.agenda()) {
			agendaLine(pdf, line);
		}
		pdf.spacer(2);
		if (letter.enclosures().isEmpty()) {
			pdf.item(NUMERALS[3] + "　資　料", "なし", 0, SECTION_LABEL);
		}
		else {
			pdf.item(NUMERALS[3] + "　資　料", "", 0, SECTION_LABEL);
			for (String enclosure : letter.enclosures()) {
				pdf.item("・", enclosure, AGENDA_INDENT, AGENDA_LABEL);
			}
		}
		pdf.spacer(12);
		StringBuilder contact = new StringBuilder("（担当）" + letter.secretariat());
		if (letter.secretariatEmail() != null) {
			contact.append("\nE-mail　").append(letter.secretariatEmail());
		}
		pdf.rightBlock(0, contact.toString().lines().map(Text::of).toArray(Text[]::new));
		return pdf.toBytes();
	}

	private static void agendaLine(PdfDocumentBuilder pdf, AgendaLine line) {
		AgendaItem item = line.item();
		String materials = (item.getMaterials() != null) ? "　・・・" + item.getMaterials() : "";
		if (item.getKind() == AgendaItemKind.DELIBERATION) {
			if (line.numbered()) {
				pdf.item(Integer.toString(line.number()), "協議事項", AGENDA_INDENT, AGENDA_LABEL);
			}
			if (line.operatorName() != null) {
				pdf.item("", item.getTitle(), AGENDA_INDENT + AGENDA_LABEL, 0);
				pdf.item("・", line.operatorName() + materials, AGENDA_INDENT + AGENDA_LABEL, 4);
			}
			else {
				pdf.item("", item.getTitle() + materials, AGENDA_INDENT + AGENDA_LABEL, 0);
			}
		}
		else if (item.isSubItem()) {
			pdf.item("・", item.getTitle() + materials, AGENDA_INDENT + AGENDA_LABEL, 4);
		}
		else {
			pdf.item(Integer.toString(line.number()), item.getTitle() + materials, AGENDA_INDENT, AGENDA_LABEL);
		}
	}

}
