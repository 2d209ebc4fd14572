package jp.kyogikai.compliance;

import java.util.Locale;

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

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The 要件確認表 as a PDF: the municipality and the date in the header, one table per section
 * with 項目, 判定 and 内容. Every text comes from the messages, as on the page.
 */
@Component
class CompliancePdf {

	private static final Locale LOCALE = Locale.JAPAN;

	private final MessageSource messages;

	CompliancePdf(MessageSource messages) {
		this.messages = messages;
	}

	String title(ComplianceReport report) {
		return report.operatorName() + " " + message("compliance.title");
	}

	byte[] render(ComplianceReport report) {
		PdfDocumentBuilder pdf = PdfDocumentBuilder
			.a4(new DocumentInfo(title(report), report.municipality(), message("compliance.title"), report.date()))
			.header(report.municipality(), message("compliance.asOf", Wareki.format(report.date())))
			.title(title(report))
			.paragraph(message("compliance.summary.ok", report.okCount()) + " / "
					+ message("compliance.summary.review", report.reviewCount()));
		for (Section section : report.sections()) {
			pdf.heading(text(section.title()));
			if (section.rows().isEmpty()) {
				if (section.empty() != null) {
					pdf.paragraph(text(section.empty()));
				}
				continue;
			}
			Table table = Table
				.of(Column.of(message("compliance.item"), 3.5f),
						Column.of(message("compliance.status"), 1.5f).aligned(Align.CENTER),
						Column.of(message("compliance.reason"), 8))
				.minRowHeight(9);
			for (Row row : section.rows()) {
				table.row(Cell.of(text(row.item())), Cell.of(message("enum.Status." + row.status().name())),
						Cell.of(row.reasons().stream().map((reason) -> Text.of(text(reason))).toArray(Text[]::new)));
			}
			pdf.table(table);
		}
		return pdf.spacer(4).note(message("compliance.pdf.note")).toBytes();
	}

	private String text(MessageSourceResolvable message) {
		return this.messages.getMessage(message, LOCALE);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LOCALE);
	}

}
