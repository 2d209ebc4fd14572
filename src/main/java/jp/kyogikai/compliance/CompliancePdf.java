package jp.kyogikai.compliance;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.compliance.ComplianceReport.Row;
import jp.kyogikai.compliance.ComplianceReport.Section;
import jp.kyogikai.document.Align;
import jp.kyogikai.document.Cell;
import jp.kyogikai.document.Column;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Table;
import jp.kyogikai.document.Text;

/**
 * The 要件確認表 as a PDF: the municipality and the date in the header, one table per section
 * with 項目, 判定 and 内容.
 */
final class CompliancePdf {

	private CompliancePdf() {
	}

	static String title(ComplianceReport report) {
		return report.operatorName() + " 要件確認表";
	}

	static byte[] render(ComplianceReport report) {
		PdfDocumentBuilder pdf = PdfDocumentBuilder
			.a4(new DocumentInfo(title(report), report.municipality(), "要件確認表", report.date()))
			.header(report.municipality(), Wareki.format(report.date()) + "現在")
			.title(title(report))
			.paragraph("適合 " + report.okCount() + "件 / 要確認 " + report.reviewCount() + "件");
		for (Section section : report.sections()) {
			pdf.heading(section.title());
			if (section.rows().isEmpty()) {
				pdf.paragraph(section.empty());
				continue;
			}
			Table table = Table
				.of(Column.of("項目", 3.5f), Column.of("判定", 1.5f).aligned(Align.CENTER), Column.of("内容", 8))
				.minRowHeight(9);
			for (Row row : section.rows()) {
				table.row(Cell.of(row.item()), Cell.of(row.status().label()),
						Cell.of(row.reasons().stream().map(Text::of).toArray(Text[]::new)));
			}
			pdf.table(table);
		}
		return pdf.spacer(4).note("判定の「要注意」は、現在は基準を満たしていますが期限が近いなど確認が必要な項目です。").toBytes();
	}

}
