package jp.kyogikai.member;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.document.Align;
import jp.kyogikai.document.Cell;
import jp.kyogikai.document.Column;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Table;
import jp.kyogikai.document.Text;

/**
 * The 委員名簿 as the seed's 資料No.1 lays it out: the title with the term, 氏名 with its
 * furigana above, 選出区分 and 備考, and the charter's notes on the maximum and the term.
 */
final class RosterPdf {

	private RosterPdf() {
	}

	/**
	 * @param roster the roster of a day
	 * @param municipality the author (the municipality running the council)
	 * @param labels Japanese names of enum values
	 * @return the PDF
	 */
	static byte[] render(Roster roster, String municipality, Function<Object, String> labels) {
		String term = (roster.term() != null) ? "（任期" + Wareki.formatShort(roster.term().start()) + "～"
				+ Wareki.formatShort(roster.term().end()) + "）" : "";
		Table table = Table
			.of(Column.of("氏　　名", 3).aligned(Align.CENTER), Column.of("選　出　区　分", 4.5f), Column.of("備　　考", 5))
			.minRowHeight(12);
		for (RosterEntry e : roster.entries()) {
			List<Text> remarks = new ArrayList<>();
			if (e.officerRole() != null) {
				remarks.add(Text.small(labels.apply(e.officerRole())));
			}
			if (e.affiliation() != null) {
				e.affiliation().lines().map(Text::of).forEach(remarks::add);
			}
			if (e.substitute()) {
				remarks
					.add(Text.small("補欠（任期" + Wareki.formatShort(e.start()) + "～" + Wareki.formatShort(e.end()) + "）"));
			}
			table.row(Cell.withReading(e.furigana(), e.name()), Cell.of(e.category()),
					remarks.isEmpty() ? Cell.empty() : Cell.of(remarks.toArray(Text[]::new)));
		}
		PdfDocumentBuilder pdf = PdfDocumentBuilder
			.a4(new DocumentInfo(roster.councilName() + "委員名簿", municipality, roster.councilName(), roster.date()))
			.header(roster.councilName(), Wareki.format(roster.date()) + "現在")
			.title(roster.councilName() + "委員名簿" + term);
		if (roster.entries().isEmpty()) {
			pdf.paragraph("この日に在任している委員はいません。");
		}
		else {
			pdf.table(table);
		}
		return pdf.spacer(4)
			.paragraph("設置要綱により委員は" + roster.maxMembers() + "人以内。")
			.paragraph("設置要綱により任期は" + roster.termLength() + "とする。")
			.toBytes();
	}

}
