package jp.kyogikai.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What a letter needs of the toolkit: list items with a hanging indent, a block of lines
 * flush right as a whole, and pages without numbers.
 */
class LetterLayoutTests {

	static final float MM = 72f / 25.4f;

	@Test
	void anItemsContinuationLinesStartUnderItsTextNotUnderItsLabel() throws IOException {
		String longText = "自家用有償運送事業者の旅客から收受する対価の金額変更について".repeat(3);
		byte[] pdf = PdfDocumentBuilder.a4(DocumentInfo.of("試験", "佐久市"))
			.withoutPageNumbers()
			.item("１", longText, 10, 20)
			.toBytes();
		List<TextPosition> positions = positions(pdf);
		TextPosition label = positions.get(0);
		assertThat(label.getUnicode()).isEqualTo("１");
		assertThat(label.getXDirAdj()).isCloseTo(30 * MM, within(0.5f));
		List<Float> lineStarts = new ArrayList<>();
		float lastY = Float.NaN;
		for (TextPosition p : positions.subList(1, positions.size())) {
			if (p.getYDirAdj() != lastY) {
				lineStarts.add(p.getXDirAdj());
				lastY = p.getYDirAdj();
			}
		}
		assertThat(lineStarts).hasSizeGreaterThan(1).allSatisfy((x) -> assertThat(x).isCloseTo(50 * MM, within(0.5f)));
	}

	@Test
	void aRightBlockEndsItsLongestLineAtTheMarginAndStartsEveryLineTogether() throws IOException {
		byte[] pdf = PdfDocumentBuilder.a4(DocumentInfo.of("試験", "佐久市"))
			.rightBlock(0, Text.of("佐久市福祉有償運送運営協議会"), Text.of("会長　中村 光一"))
			.toBytes();
		List<TextPosition> positions = positions(pdf);
		TextPosition first = positions.get(0);
		TextPosition last = positions.stream()
			.filter((p) -> p.getYDirAdj() == first.getYDirAdj())
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(last.getXDirAdj() + last.getWidthDirAdj()).isCloseTo(PDRectangle.A4.getWidth() - 20 * MM,
				within(0.5f));
		TextPosition secondLine = positions.stream()
			.filter((p) -> p.getYDirAdj() > first.getYDirAdj())
			.findFirst()
			.orElseThrow();
		assertThat(secondLine.getUnicode()).isEqualTo("会");
		assertThat(secondLine.getXDirAdj()).isCloseTo(first.getXDirAdj(), within(0.01f));
	}

	@Test
	void withoutPageNumbersNoFooterIsPrinted() throws IOException {
		byte[] numbered = PdfDocumentBuilder.a4(DocumentInfo.of("試験", "佐久市")).paragraph("本文").toBytes();
		byte[] letter = PdfDocumentBuilder.a4(DocumentInfo.of("試験", "佐久市"))
			.withoutPageNumbers()
			.paragraph("本文")
			.toBytes();
		assertThat(text(numbered)).contains("1 / 1");
		assertThat(text(letter)).contains("本文").doesNotContain("1 / 1");
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<TextPosition> positions(byte[] pdf) throws IOException {
		List<TextPosition> positions = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			new PDFTextStripper() {

				@Override
				protected void processTextPosition(TextPosition text) {
					positions.add(text);
				}

			}.getText(document);
		}
		return positions;
	}

}
