package jp.kyogikai.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Binding PDFs into a packet: the contents page lists each part with the page it starts
 * on, the bookmarks follow the contents, every page carries its number in the packet and
 * the first page of a part its stamp.
 */
class PacketAssemblerTests {

	static final DocumentInfo INFO = new DocumentInfo("会議資料", "佐久市", "協議会", LocalDate.of(2025, 7, 17));

	static byte[] document(String title, int pages) {
		PdfDocumentBuilder builder = PdfDocumentBuilder.a4(new DocumentInfo(title, "佐久市", null, null))
			.header("佐久市", title)
			.title(title);
		for (int i = 1; i < pages; i++) {
			builder.paragraph(title + "の" + i + "頁目").pageBreak();
		}
		return builder.paragraph(title + "の最終頁").toBytes();
	}

	static PacketAssembler packet() {
		return PacketAssembler.of(INFO)
			.heading("佐久市福祉有償運送運営協議会", "令和7年度第1回")
			.part(null, "次第", document("次第", 1))
			.part("資料No.1", "委員名簿", document("委員名簿", 2))
			.part("資料No.2", "設置要綱", document("設置要綱", 3))
			.part("資料No.3", "福祉有償運送について", document("福祉有償運送について", 1));
	}

	static List<String> pages(PDDocument document) throws IOException {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int i = 1; i <= document.getNumberOfPages(); i++) {
			stripper.setStartPage(i);
			stripper.setEndPage(i);
			pages.add(stripper.getText(document));
		}
		return pages;
	}

	@Test
	void contentsListEachPartWithItsFirstPage() throws IOException {
		try (PDDocument document = Loader.loadPDF(packet().toBytes())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1 + 1 + 2 + 3 + 1);
			String contents = pages(document).get(0);
			assertThat(contents).contains("目", "佐久市福祉有償運送運営協議会", "令和7年度第1回");
			assertThat(entryPage(contents, "次第")).isEqualTo(2);
			assertThat(entryPage(contents, "資料No.1　委員名簿")).isEqualTo(3);
			assertThat(entryPage(contents, "資料No.2　設置要綱")).isEqualTo(5);
			assertThat(entryPage(contents, "資料No.3　福祉有償運送について")).isEqualTo(8);
			assertThat(pages(document).get(4)).contains("設置要綱");
			assertThat(pages(document).get(7)).contains("福祉有償運送についての最終頁");
		}
	}

	static int entryPage(String contents, String entry) {
		Matcher matcher = Pattern.compile(Pattern.quote(entry) + "[ .]*(\\d+)").matcher(contents);
		assertThat(matcher.find()).as(entry + " in " + contents).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	@Test
	void everyPageIsNumberedThroughThePacket() throws IOException {
		try (PDDocument document = Loader.loadPDF(packet().toBytes())) {
			List<String> pages = pages(document);
			Pattern number = Pattern.compile("- (\\d+) -");
			for (int i = 0; i < pages.size(); i++) {
				Matcher matcher = number.matcher(pages.get(i));
				assertThat(matcher.find()).as("page " + (i + 1)).isTrue();
				assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(i + 1);
			}
		}
	}

	@Test
	void aPartKeepsItsTextButNotItsOwnPageNumbers() throws IOException {
		byte[] roster = document("委員名簿", 2);
		try (PDDocument alone = Loader.loadPDF(roster)) {
			assertThat(pages(alone).get(1)).contains("委員名簿の最終頁", "2 / 2");
		}
		try (PDDocument document = Loader.loadPDF(packet().toBytes())) {
			List<String> pages = pages(document);
			// contents, 次第, then the roster's two pages
			assertThat(pages.get(3)).contains("委員名簿の最終頁", "佐久市", "- 4 -").doesNotContain("2 / 2");
			assertThat(pages).noneMatch((page) -> page.matches("(?s).*\\b\\d+ / \\d+\\b.*"));
		}
	}

	@Test
	void bookmarksFollowTheContents() throws IOException {
		PacketAssembler assembler = packet();
		try (PDDocument document = Loader.loadPDF(assembler.toBytes())) {
			List<String> titles = new ArrayList<>();
			List<Integer> targets = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(item.getTitle());
				PDPageDestination destination = (PDPageDestination) item.getDestination();
				targets.add(destination.retrievePageNumber() + 1);
			}
			List<String> expected = new ArrayList<>(List.of("目次"));
			expected.addAll(assembler.entries());
			assertThat(titles).isEqualTo(expected);
			assertThat(targets).containsExactly(1, 2, 3, 5, 8);
		}
	}

	@Test
	void theFirstPageOfAPartCarriesItsStamp() throws IOException {
		try (PDDocument document = Loader.loadPDF(packet().toBytes())) {
			List<String> pages = pages(document);
			assertThat(pages.get(2)).contains("資料No.1");
			assertThat(pages.get(4)).contains("資料No.2");
			assertThat(pages.get(5)).doesNotContain("資料No.2");
			assertThat(pages.get(1)).doesNotContain("資料No.");
		}
	}

	@Test
	void stampedTextIsInEmbeddedSubsets() throws IOException {
		try (PDDocument document = Loader.loadPDF(packet().toBytes())) {
			for (org.apache.pdfbox.cos.COSName name : document.getPage(2).getResources().getFontNames()) {
				PDFont font = document.getPage(2).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
			}
		}
	}

	@Test
	void aLongContentsRunsOverPagesAndTheNumbersFollow() throws IOException {
		PacketAssembler assembler = PacketAssembler.of(INFO);
		for (int i = 1; i <= 40; i++) {
			assembler.part("資料No." + i, "資料その" + i, document("資料その" + i, 1));
		}
		try (PDDocument document = Loader.loadPDF(assembler.toBytes())) {
			List<String> pages = pages(document);
			int contentsPages = document.getNumberOfPages() - 40;
			assertThat(contentsPages).isGreaterThan(1);
			String contents = String.join("", pages.subList(0, contentsPages));
			assertThat(entryPage(contents, "資料No.40　資料その40")).isEqualTo(document.getNumberOfPages());
			assertThat(pages.get(document.getNumberOfPages() - 1)).contains("資料その40の最終頁");
		}
	}

	@Test
	void aPartThatIsNotAPdfIsRefused() {
		PacketAssembler assembler = PacketAssembler.of(INFO).part(null, "壊れた資料", "not a pdf".getBytes());
		assertThatThrownBy(assembler::toBytes).isInstanceOf(UncheckedIOException.class);
	}

}
