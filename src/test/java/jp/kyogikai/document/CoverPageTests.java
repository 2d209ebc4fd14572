package jp.kyogikai.document;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A cover page (lines centred on a page of their own, no header or page number) and
 * bookmarks pointing at the content that follows them.
 */
class CoverPageTests {

	private static byte[] document() {
		Table table = Table.of(Column.of("番号", 1), Column.of("内容", 4));
		for (int i = 1; i <= 80; i++) {
			table.row(String.valueOf(i), "行" + i);
		}
		return PdfDocumentBuilder.a4(new DocumentInfo("申請書", "佐久市", null, LocalDate.of(2025, 7, 17)))
			.header("佐久市", "申請書")
			.coverPage(new Text("佐久市福祉有償運送", Typeface.MINCHO, 20f), new Text("登録変更協議申請書", Typeface.MINCHO, 28f),
					new Text("", Typeface.MINCHO, 40f), new Text("のんびり", Typeface.MINCHO, 18f))
			.bookmark("第一")
			.heading("第一")
			.paragraph("本文")
			.table(table)
			.bookmark("第二")
			.heading("第二")
			.paragraph("おわり")
			.toBytes();
	}

	@Test
	void theCoverHasItsOwnPageWithCentredLinesAndNoHeaderOrNumber() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(document())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String cover = stripper.getText(pdf);
			assertThat(cover).contains("佐久市福祉有償運送", "登録変更協議申請書", "のんびり").doesNotContain("本文", "第一", "1 / ", "申請書\n佐久市");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(pdf)).contains("第一", "本文", "2 / " + pdf.getNumberOfPages());

			List<float[]> lines = new ArrayList<>();
			PDFTextStripper positions = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> glyphs) {
					TextPosition first = glyphs.get(0);
					TextPosition last = glyphs.get(glyphs.size() - 1);
					lines.add(new float[] { first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
							first.getYDirAdj() });
				}
			};
			positions.setStartPage(1);
			positions.setEndPage(1);
			positions.getText(pdf);
			float pageWidth = pdf.getPage(0).getMediaBox().getWidth();
			float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
			assertThat(lines).hasSize(3);
			for (float[] line : lines) {
				assertThat((line[0] + line[1]) / 2).isCloseTo(pageWidth / 2, within(2f));
			}
			// the block sits in the upper middle of the page, not at its top
			assertThat(lines.get(0)[2]).isGreaterThan(pageHeight * 0.25f).isLessThan(pageHeight * 0.5f);
		}
	}

	@Test
	void bookmarksPointAtThePagesWhereTheirContentStarts() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(document())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
			assertThat(pdf.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
			List<String> titles = new ArrayList<>();
			List<Integer> pages = new ArrayList<>();
			for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(item.getTitle());
				pages.add(pdf.getPages().indexOf(((PDPageXYZDestination) item.getDestination()).getPage()));
			}
			assertThat(titles).containsExactly("第一", "第二");
			assertThat(pages.get(0)).isEqualTo(1);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(pages.get(1) + 1);
			stripper.setEndPage(pages.get(1) + 1);
			assertThat(stripper.getText(pdf)).contains("第二", "おわり");
			assertThat(pages.get(1)).isGreaterThan(1);
		}
	}

	@Test
	void aDocumentWithoutBookmarksHasNoOutline() throws IOException {
		byte[] plain = PdfDocumentBuilder.a4(DocumentInfo.of("t", "a")).paragraph("x").toBytes();
		try (PDDocument pdf = Loader.loadPDF(plain)) {
			assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNull();
		}
	}

}
