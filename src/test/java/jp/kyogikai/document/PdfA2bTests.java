package jp.kyogikai.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDF/A-2b output ({@link PdfDocumentBuilder#archival()}): a document such as minutes
 * (title, headings, Japanese paragraphs, a table across two pages, bookmarks, the running
 * header and page numbers) passes veraPDF's PDF/A-2B profile with no failed rule, its XMP
 * metadata repeats its properties, and without the option nothing changes.
 */
class PdfA2bTests {

	static final LocalDate DATE = LocalDate.of(2025, 7, 17);

	static final DocumentInfo INFO = new DocumentInfo("令和7年度第1回佐久市福祉有償運送運営協議会 議事録", "佐久市", "佐久市福祉有償運送運営協議会", DATE);

	static byte[] archival;

	static byte[] plain;

	@BeforeAll
	static void build() throws Exception {
		long start = System.nanoTime();
		archival = minutes(INFO).archival().toBytes();
		long built = System.nanoTime();
		plain = minutes(INFO).toBytes();
		System.out.printf("PDF/A-2b minutes: %,d bytes (%,d without the option) in %d ms%n", archival.length,
				plain.length, (built - start) / 1_000_000);
		Files.createDirectories(PdfDocumentBuilderTests.PREVIEWS);
		Files.write(PdfDocumentBuilderTests.PREVIEWS.resolve("pdfa-minutes.pdf"), archival);
		System.out.printf("veraPDF: validation model loaded in %d ms%n", VeraPdf.initialise());
	}

	@Test
	void theArchivalDocumentPassesVeraPdfsPdfA2bProfile() throws Exception {
		long start = System.nanoTime();
		VeraPdf.Result result = VeraPdf.validate(archival);
		System.out.printf("veraPDF: PDF/A-2B validation of %d pages in %d ms (%,d checks)%n", pages(archival),
				(System.nanoTime() - start) / 1_000_000, result.checks());
		assertThat(result.failures()).as("failed PDF/A-2B rules").isEmpty();
		assertThat(result.compliant()).isTrue();
		assertThat(result.checks()).isPositive();
	}

	@Test
	void veraPdfRejectsTheSameDocumentWithoutTheOption() throws Exception {
		VeraPdf.Result result = VeraPdf.validate(plain);
		System.out.println("veraPDF on the document without the option: " + result.failures());
		assertThat(result.compliant()).isFalse();
		// no XMP metadata (6.6.2.1), no output intent for the header's gray (6.2.4.3)
		assertThat(result.failedRules()).contains("6.6.2.1-1", "6.2.4.3-4");
	}

	@Test
	void aDocumentDatedByTheClockWithoutAuthorOrSubjectPassesToo() throws Exception {
		// a clock between two seconds: the XMP dates must still equal the dictionary's
		ZonedDateTime now = ZonedDateTime.of(2026, 3, 31, 17, 45, 12, 345_000_000, ZoneId.of("Asia/Tokyo"));
		byte[] pdf = PdfDocumentBuilder.a4(DocumentInfo.of("書面協議の結果", null))
			.clock(Clock.fixed(now.toInstant(), now.getZone()))
			.withoutPageNumbers()
			.archival()
			.paragraph("　全員の同意により原案のとおり承認された。")
			.toBytes();
		VeraPdf.Result result = VeraPdf.validate(pdf);
		assertThat(result.failures()).as("failed PDF/A-2B rules").isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			XMPMetadata xmp = xmp(document);
			assertThat(xmp.getDublinCoreSchema().getCreators()).isNullOrEmpty();
			assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(now.withNano(0).toInstant())
				.isEqualTo(document.getDocumentInformation().getCreationDate().toInstant());
		}
	}

	@Test
	void theMetadataIdentifiesPdfA2bAndRepeatsTheProperties() throws Exception {
		try (PDDocument document = Loader.loadPDF(archival)) {
			PDDocumentInformation information = document.getDocumentInformation();
			XMPMetadata xmp = xmp(document);
			PDFAIdentificationSchema identification = xmp.getPDFAIdentificationSchema();
			assertThat(identification.getPart()).isEqualTo(2);
			assertThat(identification.getConformance()).isEqualTo("B");
			DublinCoreSchema dc = xmp.getDublinCoreSchema();
			assertThat(dc.getTitle()).isEqualTo(information.getTitle()).isEqualTo(INFO.title());
			assertThat(dc.getCreators()).containsExactly(information.getAuthor());
			assertThat(dc.getDescription()).isEqualTo(information.getSubject()).isEqualTo(INFO.subject());
			XMPBasicSchema basic = xmp.getXMPBasicSchema();
			assertThat(basic.getCreatorTool()).isEqualTo(information.getCreator()).isEqualTo("kyogikai");
			assertThat(basic.getCreateDate().toInstant()).isEqualTo(information.getCreationDate().toInstant())
				.isEqualTo(DATE.atStartOfDay(PdfDocumentBuilder.JAPAN).toInstant());
			assertThat(basic.getModifyDate().toInstant()).isEqualTo(information.getModificationDate().toInstant());
			AdobePDFSchema pdf = xmp.getAdobePDFSchema();
			assertThat(pdf.getProducer()).isEqualTo(information.getProducer()).startsWith("Apache PDFBox");
			assertThat(document.getDocumentCatalog().getMetadata().getCOSObject().getItem(COSName.FILTER))
				.as("the metadata stays readable without decoding")
				.isNull();
		}
	}

	@Test
	void anSrgbOutputIntentTheTrailerIdAndOnlyEmbeddedFonts() throws IOException {
		try (PDDocument document = Loader.loadPDF(archival)) {
			List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
			assertThat(intents).singleElement().satisfies((intent) -> {
				assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
				assertThat(intent.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
				assertThat(intent.getDestOutputIntent().getCOSObject()).isInstanceOfSatisfying(COSStream.class,
						(profile) -> assertThat(profile.getInt(COSName.N)).isEqualTo(3));
			});
			COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
			assertThat(id).isNotNull().hasSize(2);
			assertThat(document.isEncrypted()).isFalse();
			List<PDFont> fonts = fonts(document);
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font).isInstanceOf(PDType0Font.class);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				PDCIDFontType2 descendant = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
				assertThat(descendant.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP)).isNotNull();
				assertThat(descendant.getCOSObject().getDictionaryObject(COSName.W)).isNotNull();
			});
		}
	}

	@Test
	void theSameContentGivesTheSameBytes() {
		assertThat(minutes(INFO).archival().toBytes()).isEqualTo(archival);
	}

	@Test
	void withoutTheOptionADocumentHasNoneOfIt() throws IOException {
		try (PDDocument document = Loader.loadPDF(plain)) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertThat(catalog.getMetadata()).isNull();
			assertThat(catalog.getOutputIntents()).isEmpty();
		}
		assertThat(minutes(INFO).toBytes()).isEqualTo(plain);
	}

	@Test
	void theOptionOnlyAddsToTheCatalog() throws IOException {
		try (PDDocument withOption = Loader.loadPDF(archival); PDDocument without = Loader.loadPDF(plain)) {
			assertThat(withOption.getNumberOfPages()).isEqualTo(without.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			for (int i = 0; i < without.getNumberOfPages(); i++) {
				assertThat(content(withOption.getPage(i))).as("page %d", i + 1).isEqualTo(content(without.getPage(i)));
			}
			assertThat(withOption.getDocumentInformation().getCOSObject().toString())
				.isEqualTo(without.getDocumentInformation().getCOSObject().toString());
			assertThat(withOption.getDocument().getTrailer().getCOSArray(COSName.ID).toString())
				.isEqualTo(without.getDocument().getTrailer().getCOSArray(COSName.ID).toString());
			assertThat(withOption.getDocumentCatalog().getDocumentOutline().children())
				.extracting((item) -> item.getTitle())
				.containsExactly("1 開会", "2 議事", "3 閉会");
		}
	}

	@Test
	void aPacketOfTheToolkitsDocumentsAndAPhotoIsPdfA2bWithTheOption() throws Exception {
		byte[] packet = packet().archival().toBytes();
		Files.write(PdfDocumentBuilderTests.PREVIEWS.resolve("pdfa-packet.pdf"), packet);
		VeraPdf.Result result = VeraPdf.validate(packet);
		assertThat(result.failures()).as("failed PDF/A-2B rules").isEmpty();
		assertThat(packet().archival().toBytes()).isEqualTo(packet);
		try (PDDocument document = Loader.loadPDF(packet)) {
			XMPMetadata xmp = xmp(document);
			assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("令和7年度第1回会議資料")
				.isEqualTo(document.getDocumentInformation().getTitle());
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
			assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
		}
	}

	@Test
	void aPacketWithoutTheOptionDoesNotTakeOverTheMetadataOfAnArchivalPart() throws Exception {
		byte[] packet = packet().toBytes();
		try (PDDocument document = Loader.loadPDF(packet)) {
			assertThat(document.getDocumentCatalog().getMetadata()).as("no PDF/A claim from the bound minutes")
				.isNull();
		}
		assertThat(VeraPdf.validate(packet).failedRules()).contains("6.6.2.1-1");
	}

	static PacketAssembler packet() throws IOException {
		byte[] agenda = PdfDocumentBuilder.a4(new DocumentInfo("次第", "佐久市", null, DATE))
			.header("佐久市福祉有償運送運営協議会", "")
			.title("令和7年度第1回佐久市福祉有償運送運営協議会 次第")
			.item("１", "開会", 0, 7)
			.item("２", "議事", 0, 7)
			.toBytes();
		return PacketAssembler.of(new DocumentInfo("令和7年度第1回会議資料", "佐久市", "佐久市福祉有償運送運営協議会", DATE))
			.heading("佐久市福祉有償運送運営協議会", "令和7年度第1回 会議資料")
			.part(null, "次第", agenda)
			.part("資料No.1", "前回の議事録", archival)
			.part("資料No.2", "車両の写真", PacketAssembler.imagePage(photo()));
	}

	/**
	 * A PNG in colour with a translucent corner (an alpha channel, bound as a soft mask).
	 */
	static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				int alpha = (x < 20 && y < 20) ? 0x80 : 0xff;
				image.setRGB(x, y, (alpha << 24) | ((x * 2) << 16) | ((y * 3) << 8) | 0x60);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * Minutes as the lead will print them: title, date, headings with bookmarks,
	 * paragraphs, a hanging-indent list, a table that runs onto the next page, a note and
	 * the signatures, under the running header with page numbers.
	 */
	static PdfDocumentBuilder minutes(DocumentInfo info) {
		Table attendance = Table.of(Column.of("No.", 1).aligned(Align.CENTER), Column.of("氏　名", 3.2f),
				Column.of("選 出 区 分", 4), Column.of("出欠", 1.2f).aligned(Align.CENTER));
		for (int i = 1; i <= 40; i++) {
			String[] person = PdfDocumentBuilderTests.PEOPLE[i % PdfDocumentBuilderTests.PEOPLE.length];
			attendance.row(Cell.of(Integer.toString(i)), Cell.withReading(person[0], person[1]), Cell.of(person[2]),
					Cell.of((i % 7 == 0) ? "欠席" : "出席"));
		}
		return PdfDocumentBuilder.a4(info)
			.header("佐久市福祉有償運送運営協議会", "議事録")
			.paragraph("令和7年7月17日", Align.RIGHT)
			.title("令和7年度第1回佐久市福祉有償運送運営協議会 議事録")
			.item("１", "日時　令和7年7月17日（木）午前10時00分から午前11時30分まで", 0, 7)
			.item("２", "場所　佐久市役所 議会棟 第2委員会室", 0, 7)
			.bookmark("1 開会")
			.heading("1 開会")
			.paragraph("　事務局より、委員10人中8人の出席があり、設置要綱第6条第2項の規定により会議が成立している旨の報告があった。"
					+ "「髙橋」「山﨑」の表記は戸籍のとおりとする。①②③の丸数字、㈱の略記、〒385-8501、ﾊﾝｶｸｶﾅもそのまま記す。")
			.bookmark("2 議事")
			.heading("2 議事")
			.paragraph("　協議事項(1) NPO法人のんびりの旅客から収受する対価の変更について、申請者から説明があり、質疑の後、挙手により採決した。")
			.spacer(2)
			.table(attendance)
			.note("出欠は開会時点のもの。")
			.bookmark("3 閉会")
			.heading("3 閉会")
			.paragraph("　以上をもって議事を終了し、午前11時30分に閉会した。")
			.rightBlock(10, Text.of("議　長　髙橋 一郎"), Text.of("署名人　山﨑 花子"));
	}

	static XMPMetadata xmp(PDDocument document) throws Exception {
		return new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
	}

	static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

	static byte[] content(PDPage page) throws IOException {
		try (var in = page.getContents()) {
			return in.readAllBytes();
		}
	}

	static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

}
