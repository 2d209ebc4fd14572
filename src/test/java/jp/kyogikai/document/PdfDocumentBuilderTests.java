package jp.kyogikai.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.kyogikai.calendar.Wareki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Documents made with the toolkit, read back with PDFBox: text in order, page numbers,
 * repeated table headers, embedded subset fonts, properties, A4, size and speed. Page
 * images go to {@code target/pdf-previews} for a look.
 */
class PdfDocumentBuilderTests {

	static final LocalDate DATE = LocalDate.of(2025, 7, 17);

	static final Path PREVIEWS = Path.of("target", "pdf-previews");

	static final String[][] PEOPLE = { { "たかはし いちろう", "髙橋 一郎", "識見を有する者" }, { "やまざき はなこ", "山﨑 花子", "長野運輸支局長が指定する職員" },
			{ "かみしまみちのり", "上嶋通徳", "現に福祉有償運送を行っているNPO等" }, { "こいたばし まこと", "小板橋 真", "タクシー事業者" } };

	static final String[] REMARKS = { "佐久市区長会 理事 望月 布施地区会長", "国土交通省北陸信越運輸局 長野運輸支局 主席運輸企画専門官(輸送・監査担当)",
			"岩村田観光タクシー㈱ 代表取締役", "①福祉部 部長" };

	static byte[] longDocument;

	@BeforeAll
	static void build() throws IOException {
		Table table = Table.of(Column.of("No.", 1).aligned(Align.CENTER), Column.of("氏　名", 3.2f).aligned(Align.CENTER),
				Column.of("選 出 区 分", 4), Column.of("備　考", 5.5f));
		for (int i = 1; i <= 60; i++) {
			String[] person = PEOPLE[i % PEOPLE.length];
			table.row(Cell.of(Integer.toString(i)), Cell.withReading(person[0], person[1]), Cell.of(person[2]),
					Cell.of(Text.of(REMARKS[i % REMARKS.length]), Text.small(String.format("整理番号A%03d", i))));
		}
		long start = System.nanoTime();
		longDocument = PdfDocumentBuilder.a4(new DocumentInfo("委員名簿", "佐久市", "佐久市福祉有償運送運営協議会", DATE))
			.header("佐久市福祉有償運送運営協議会", "資料No.1")
			.paragraph(Wareki.format(DATE), Align.RIGHT)
			.title("佐久市福祉有償運送運営協議会委員名簿（任期R6.8.10～R7.8.9）")
			.heading("第1条 設置")
			.paragraph("　道路運送法（昭和26年法律第183号。以下「法」という。）の規定に基づき、自家用有償旅客運送（道路運送法施行規則"
					+ "（昭和26年運輸省令第75号）第49条第3号に規定する福祉有償運送に限る。以下同じ。）の適正な運営の確保について"
					+ "協議するため、佐久市福祉有償運送運営協議会（以下「協議会」という。）を置く。")
			.paragraph("　会場：佐久市役所 議会棟 第2委員会室　〒385-8501")
			.spacer(2)
			.table(table)
			.note("設置要綱第3条により委員は10人以内。")
			.note("設置要綱第4条により任期は1年以内とする。")
			.toBytes();
		System.out.printf("document with a 60-row table: %,d bytes in %d ms (first document in this JVM)%n",
				longDocument.length, (System.nanoTime() - start) / 1_000_000);
		Files.createDirectories(PREVIEWS);
		Files.write(PREVIEWS.resolve("long-document.pdf"), longDocument);
	}

	@Test
	void textIsExtractedInReadingOrder() throws IOException {
		String text = text(longDocument);
		assertThat(text).containsSubsequence("佐久市福祉有償運送運営協議会", "令和7年7月17日", "委員名簿（任期R6.8.10～R7.8.9）", "第1条 設置",
				"道路運送法（昭和26年法律第183号。", "を置く。", "〒385-8501", "氏　名", "選 出 区 分", "備　考");
		assertThat(text).containsSubsequence("たかはし いちろう", "髙橋 一郎", "やまざき はなこ", "山﨑 花子", "かみしまみちのり", "上嶋通徳");
		assertThat(text).contains("岩村田観光タクシー㈱", "①福祉部 部長", "主席運輸企画専門官(輸送・監査担");
		assertThat(text).containsSubsequence(
				IntStream.rangeClosed(1, 60).mapToObj((i) -> String.format("整理番号A%03d", i)).toArray(String[]::new));
		assertThat(text).containsSubsequence("整理番号A060", "設置要綱第3条により委員は10人以内。", "設置要綱第4条により任期は1年以内とする。");
	}

	@Test
	void everyPageIsNumberedNOfM() throws IOException {
		try (PDDocument document = Loader.loadPDF(longDocument)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).as("the 60-row table spans pages").isGreaterThanOrEqualTo(3);
			for (int page = 1; page <= pages; page++) {
				List<String> lines = pageText(document, page).lines().map(String::strip).toList();
				assertThat(lines.get(0)).isEqualTo("佐久市福祉有償運送運営協議会 資料No.1");
				assertThat(lines.get(lines.size() - 1)).isEqualTo(page + " / " + pages);
			}
		}
	}

	@Test
	void theHeaderRowRepeatsOnEveryPageOfTheTable() throws IOException {
		try (PDDocument document = Loader.loadPDF(longDocument)) {
			String second = pageText(document, 2);
			assertThat(second).doesNotContain("委員名簿（任期");
			assertThat(second).containsSubsequence("氏　名", "選 出 区 分", "備　考", "整理番号A");
			String last = pageText(document, document.getNumberOfPages());
			assertThat(last).containsSubsequence("氏　名", "選 出 区 分", "備　考", "整理番号A060");
		}
	}

	@Test
	void noLineStartsWithClosingPunctuation() throws IOException {
		assertThat(text(longDocument).lines().map(String::strip).filter((line) -> !line.isEmpty()))
			.allSatisfy((line) -> assertThat(LineBreaker.NO_START.indexOf(line.codePointAt(0))).as(line).isNegative());
	}

	@Test
	void textStaysInsideTheMargins() throws IOException {
		List<TextPosition> positions = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				positions.add(text);
			}
		};
		try (PDDocument document = Loader.loadPDF(longDocument)) {
			stripper.getText(document);
		}
		float margin = 20 * PageWriter.MM;
		assertThat(positions).hasSizeGreaterThan(1000).allSatisfy((position) -> {
			assertThat(position.getXDirAdj()).as(position.getUnicode()).isGreaterThanOrEqualTo(margin - 0.5f);
			assertThat(position.getXDirAdj() + position.getWidthDirAdj()).as(position.getUnicode())
				.isLessThanOrEqualTo(PDRectangle.A4.getWidth() - margin + 0.5f);
		});
	}

	@Test
	void fontsAreEmbeddedAsSubsets() throws IOException {
		try (PDDocument document = Loader.loadPDF(longDocument)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).extracting(PDFont::getName)
				.allMatch((name) -> name.matches("[A-Z]{6}\\+IPAex(Mincho|Gothic)"))
				.anyMatch((name) -> name.endsWith("+IPAexMincho"))
				.anyMatch((name) -> name.endsWith("+IPAexGothic"));
			assertThat(fonts).allMatch(PDFont::isEmbedded);
		}
	}

	@Test
	void propertiesDescribeTheDocument() throws IOException {
		try (PDDocument document = Loader.loadPDF(longDocument)) {
			var information = document.getDocumentInformation();
			assertThat(information.getTitle()).isEqualTo("委員名簿");
			assertThat(information.getAuthor()).isEqualTo("佐久市");
			assertThat(information.getSubject()).isEqualTo("佐久市福祉有償運送運営協議会");
			assertThat(information.getCreator()).isEqualTo("kyogikai");
			assertThat(information.getCreationDate().toInstant())
				.isEqualTo(ZonedDateTime.of(2025, 7, 17, 0, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant());
			assertThat(information.getModificationDate().toInstant())
				.isEqualTo(information.getCreationDate().toInstant());
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
			assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
		}
	}

	@Test
	void pagesAreA4Portrait() throws IOException {
		try (PDDocument document = Loader.loadPDF(longDocument)) {
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, within(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, within(1f));
			}
		}
	}

	@Test
	void aOnePageDocumentIsSmallAndQuick() throws IOException {
		for (int i = 0; i < 3; i++) {
			onePageDocument();
		}
		byte[] pdf = null;
		long[] millis = new long[7];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			pdf = onePageDocument();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf(
				"one-page document with 10 table rows: %,d bytes in %d ms (warm median of 7, fastest %d ms)%n",
				pdf.length, millis[3], millis[0]);
		assertThat(pdf.length).isLessThan(300 * 1024);
		assertThat(millis[3]).isLessThan(2000);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isOne();
			assertThat(pageText(document, 1)).contains("1 / 1");
		}
		Files.write(PREVIEWS.resolve("one-page.pdf"), pdf);
	}

	@Test
	void theSameContentGivesTheSameBytes() {
		assertThat(onePageDocument()).isEqualTo(onePageDocument());
	}

	@Test
	void documentsAreBuiltInParallelFromTheSharedFontBytes() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> futures = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				futures.add(executor.submit(PdfDocumentBuilderTests::onePageDocument));
			}
			byte[] first = futures.get(0).get();
			for (Future<byte[]> future : futures) {
				assertThat(future.get()).isEqualTo(first);
			}
			assertThat(text(first)).contains("山﨑 花子");
		}
		finally {
			executor.shutdown();
		}
	}

	@Test
	void withoutADateTheClockDatesTheDocument() throws IOException {
		ZonedDateTime now = ZonedDateTime.of(2026, 4, 1, 9, 30, 0, 0, ZoneId.of("Asia/Tokyo"));
		byte[] pdf = PdfDocumentBuilder.a4(DocumentInfo.of("次第", "佐久市"))
			.clock(Clock.fixed(now.toInstant(), now.getZone()))
			.paragraph("本文")
			.toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(now.toInstant());
		}
	}

	@Test
	void aRowTallerThanAPageContinuesOnTheNextPage() throws IOException {
		String article = "第%d条 福祉有償運送の適正な運営の確保について協議するため、協議会を置く。";
		String longText = IntStream.rangeClosed(1, 120)
			.mapToObj((i) -> String.format(article, i))
			.reduce("", (a, b) -> a + b);
		Table table = Table.of(Column.of("区分", 1), Column.of("内容", 4))
			.row("前", "短い行")
			.row(Cell.of("長い行"), Cell.of(longText))
			.row("後", "最後の行");
		byte[] pdf = PdfDocumentBuilder.a4(DocumentInfo.of("長い表", "佐久市")).table(table).toBytes();
		Files.write(PREVIEWS.resolve("split-row.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(pageText(document, 2)).startsWith("区分 内容");
		}
		String text = text(pdf).replaceAll("\\s", "");
		assertThat(text).containsSubsequence("短い行", "第1条", "第60条", "第120条福祉有償運送", "最後の行");
	}

	@Test
	void aHeadingIsNotLeftAloneAtTheFootOfAPage() throws IOException {
		String lines = String.join("\n", IntStream.rangeClosed(1, 38).mapToObj((i) -> "本文" + i).toList());
		byte[] pdf = PdfDocumentBuilder.a4(DocumentInfo.of("見出し", "佐久市"))
			.paragraph(lines)
			.heading("次の見出し")
			.paragraph("見出しの後の本文")
			.toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(pageText(document, 1)).contains("本文38").doesNotContain("次の見出し");
			assertThat(pageText(document, 2)).startsWith("次の見出し");
		}
	}

	@Test
	void charactersTheFontLacksPrintAsGeta() throws IOException {
		byte[] pdf = PdfDocumentBuilder.a4(DocumentInfo.of("外字", "佐久市")).paragraph("絵文字😀と外字\uE000の代わりに").toBytes();
		assertThat(text(pdf)).contains("絵文字〓と外字〓の代わりに");
	}

	@Test
	void pageOneRendersToAnImage() throws IOException {
		try (PDDocument document = Loader.loadPDF(longDocument)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < 2; page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 100);
				assertThat(image.getWidth()).isCloseTo(827, within(1));
				assertThat(image.getHeight()).isCloseTo(1170, within(1));
				ImageIO.write(image, "png", PREVIEWS.resolve("long-document-page" + (page + 1) + ".png").toFile());
			}
		}
		try (PDDocument document = Loader.loadPDF(onePageDocument())) {
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
					PREVIEWS.resolve("one-page-page1.png").toFile());
		}
	}

	static byte[] onePageDocument() {
		Table table = Table.of(Column.of("氏　名", 3).aligned(Align.CENTER), Column.of("選 出 区 分", 4), Column.of("備　考", 5));
		for (int i = 0; i < 10; i++) {
			String[] person = PEOPLE[i % PEOPLE.length];
			table.row(Cell.withReading(person[0], person[1]), Cell.of(person[2]), Cell.of(REMARKS[i % REMARKS.length]));
		}
		return PdfDocumentBuilder.a4(new DocumentInfo("委員名簿", "佐久市", null, DATE))
			.header("佐久市", "資料No.1")
			.title("佐久市福祉有償運送運営協議会委員名簿（任期R6.8.10～R7.8.9）")
			.table(table)
			.note("設置要綱第3条により委員は10人以内。")
			.note("設置要綱第4条により任期は1年以内とする。")
			.toBytes();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

	static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

}
