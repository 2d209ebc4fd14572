package jp.kyogikai.material;

import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.document.Align;
import jp.kyogikai.document.Column;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Table;

/**
 * The small generated materials: the 設置要綱's text, the list of registered operators, and
 * the page that stands in for a material that cannot be made.
 */
final class MaterialPdfs {

	private MaterialPdfs() {
	}

	/**
	 * The 設置要綱 as the council keeps its text: a line in brackets, e.g. （設置）, is a
	 * heading, a blank line leaves space, the first line naming the 要綱 is the title.
	 */
	static byte[] charter(String council, String municipality, String text, String label, LocalDate date) {
		PdfDocumentBuilder pdf = PdfDocumentBuilder.a4(new DocumentInfo(council + "設置要綱", municipality, council, date))
			.header(council, label);
		boolean titled = false;
		for (String line : ((text != null) ? text : "").strip().split("\\R")) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				pdf.spacer(2);
			}
			else if (!titled && stripped.contains("要綱")) {
				pdf.title(stripped);
				titled = true;
			}
			else if (stripped.matches("^[（(][^）)]{1,20}[）)]$")) {
				pdf.heading(stripped);
			}
			else {
				pdf.paragraph(line.stripTrailing());
			}
		}
		if (!titled && (text == null || text.isBlank())) {
			pdf.title(council + "設置要綱").paragraph("設置要綱の本文が登録されていません。");
		}
		return pdf.toBytes();
	}

	/**
	 * One registered operator in the list.
	 *
	 * @param name its name
	 * @param place the municipality of its office
	 * @param expiresOn 登録有効期限
	 */
	record OperatorLine(String name, String place, LocalDate expiresOn) {
	}

	static byte[] operators(String council, String municipality, List<OperatorLine> operators, String label,
			LocalDate date) {
		Table table = Table.of(Column.of("番号", 1).aligned(Align.CENTER), Column.of("登録事業者名", 6), Column.of("事業所所在地", 3),
				Column.of("登録有効期限", 3).aligned(Align.CENTER));
		int number = 0;
		for (OperatorLine operator : operators) {
			table.row(String.valueOf(++number), operator.name(), operator.place(),
					Wareki.formatShort(operator.expiresOn()));
		}
		PdfDocumentBuilder pdf = PdfDocumentBuilder.a4(new DocumentInfo("福祉有償運送登録法人", municipality, council, date))
			.header(council, label)
			.title("福祉有償運送登録法人")
			.paragraph(Wareki.format(date) + "現在", Align.RIGHT);
		if (operators.isEmpty()) {
			pdf.paragraph("登録されている法人はありません。");
		}
		else {
			pdf.table(table);
		}
		return pdf.toBytes();
	}

	static byte[] unavailable(String title, String label) {
		return PdfDocumentBuilder.a4(DocumentInfo.of(title, null))
			.header(null, label)
			.title(title)
			.paragraph("この資料は作成できませんでした。元の記録（申請、事業者、統計など）が削除されたか、見られなくなっています。事務局にお問い合わせください。")
			.toBytes();
	}

}
