package jp.kyogikai.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Version;

/**
 * Builds an A4 portrait PDF in Japanese: 20 mm margins, a small running header (left and
 * right text), "N / M" page numbers centred at the foot of each page, and content that
 * flows down the pages with automatic page breaks.
 *
 * <pre class="code">
 * byte[] pdf = PdfDocumentBuilder.a4(new DocumentInfo("委員名簿", "佐久市", "福祉有償運送運営協議会", date))
 * 	.header("佐久市福祉有償運送運営協議会", "資料No.1")
 * 	.title("委員名簿（任期R6.8.10～R7.8.9）")
 * 	.paragraph(Wareki.format(date), Align.RIGHT)
 * 	.table(table)
 * 	.note("設置要綱第3条により委員は10人以内。")
 * 	.toBytes();
 * </pre>
 *
 * Body text is IPAex Mincho 10.5 pt, headings IPAex Gothic; both are embedded as subsets,
 * so the text can be searched and extracted. Characters the fonts lack print as 〓.
 * Nothing is laid out until {@link #toBytes()} or {@link #writeTo(OutputStream)}, which
 * may be called more than once. Not thread-safe; build each document in one thread.
 */
public final class PdfDocumentBuilder {

	/**
	 * The time zone of document dates.
	 */
	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final float MM = PageWriter.MM;

	private final DocumentInfo info;

	private final List<Block> blocks = new ArrayList<>();

	private Clock clock = Clock.system(JAPAN);

	private String headerLeft = "";

	private String headerRight = "";

	private boolean pageNumbers = true;

	private boolean archival;

	private PdfDocumentBuilder(DocumentInfo info) {
		this.info = Objects.requireNonNull(info, "info");
	}

	/**
	 * Starts an A4 portrait document.
	 * @param info the title, author and date written into the PDF's properties
	 * @return the builder
	 */
	public static PdfDocumentBuilder a4(DocumentInfo info) {
		return new PdfDocumentBuilder(info);
	}

	/**
	 * The clock that dates a document whose {@link DocumentInfo#date()} is {@code null}
	 * (the system clock in Japan time by default).
	 * @param clock the clock
	 * @return this builder
	 */
	public PdfDocumentBuilder clock(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
		return this;
	}

	/**
	 * The running header, in small type at the top of every page.
	 * @param left text at the left margin, e.g. the issuing body; may be {@code null}
	 * @param right text at the right margin, e.g. 資料No.1; may be {@code null}
	 * @return this builder
	 */
	public PdfDocumentBuilder header(String left, String right) {
		this.headerLeft = (left != null) ? left : "";
		this.headerRight = (right != null) ? right : "";
		return this;
	}

	/**
	 * Leaves out the "N / M" page numbers, e.g. for a letter, which carries none.
	 * @return this builder
	 */
	public PdfDocumentBuilder withoutPageNumbers() {
		this.pageNumbers = false;
		return this;
	}

	/**
	 * Makes the document PDF/A-2b (ISO 19005-2, level B), the form for documents kept for
	 * good, such as finalised minutes: it gains XMP metadata that identifies it as
	 * PDF/A-2b and repeats its properties, and an sRGB output intent (about 4 KB more).
	 * Everything else is as without it, the same content still giving the same bytes.
	 * @return this builder
	 */
	public PdfDocumentBuilder archival() {
		this.archival = true;
		return this;
	}

	/**
	 * A line of a table of contents: the entry, dot leaders and the page number at the
	 * right margin (body text, with generous line spacing).
	 * @param entry the entry, e.g. 資料No.1 委員名簿
	 * @param page the page number as printed
	 * @return this builder
	 */
	public PdfDocumentBuilder contentsLine(String entry, String page) {
		return add(new Block.ContentsLine(Text.of(entry).withSize(11f), Objects.requireNonNull(page, "page")));
	}

	/**
	 * The document's title: Mincho 16 pt, centred, with space below.
	 * @param text the title
	 * @return this builder
	 */
	public PdfDocumentBuilder title(String text) {
		return add(new Block.Paragraph(new Text(text, Typeface.MINCHO, 16f), Align.CENTER, 1.5f, 0, 5 * MM, false, 0));
	}

	/**
	 * A heading: Gothic 12 pt, never left alone at the foot of a page.
	 * @param text the heading
	 * @return this builder
	 */
	public PdfDocumentBuilder heading(String text) {
		return add(new Block.Paragraph(new Text(text, Typeface.GOTHIC, 12f), Align.LEFT, 1.5f, 3 * MM, 1.5f * MM, false,
				3 * Text.BODY_SIZE * 1.7f));
	}

	/**
	 * A paragraph of body text (Mincho 10.5 pt), wrapped at the margins by character with
	 * basic kinsoku rules, full lines justified. Start it with a full-width space ( ) for
	 * the customary indent; {@code \n} starts a new line.
	 * @param text the text
	 * @return this builder
	 */
	public PdfDocumentBuilder paragraph(String text) {
		return paragraph(Text.of(text), Align.LEFT);
	}

	/**
	 * A paragraph aligned otherwise, e.g. the date and the sender of a notice flush
	 * right.
	 * @param text the text
	 * @param align the alignment of each line
	 * @return this builder
	 */
	public PdfDocumentBuilder paragraph(String text, Align align) {
		return paragraph(Text.of(text), align);
	}

	/**
	 * A paragraph in any typeface and size.
	 * @param text the text and its style
	 * @param align the alignment of each line
	 * @return this builder
	 */
	public PdfDocumentBuilder paragraph(Text text, Align align) {
		Objects.requireNonNull(align, "align");
		return add(new Block.Paragraph(text, align, 1.7f, 0, 1 * MM, true, 0));
	}

	/**
	 * A list item with a hanging indent: the label (１, (1), ・) at the indent, the text
	 * beside it, continuation lines under the text. Body text (Mincho 10.5 pt).
	 *
	 * <pre class="code">
	 * builder.item("１", "日時　令和7年7月17日（木）午前10時00分から", 0, 7)
	 * 	.item("(1)", "開会", 7, 7)
	 * 	.item("・", "資料確認", 14, 4);
	 * </pre>
	 * @param label the label; may be empty
	 * @param text the text
	 * @param indentMillimetres from the left margin to the label
	 * @param labelMillimetres from the label to the text
	 * @return this builder
	 */
	public PdfDocumentBuilder item(String label, String text, float indentMillimetres, float labelMillimetres) {
		if (indentMillimetres < 0 || labelMillimetres < 0) {
			throw new IllegalArgumentException("Indents must not be negative");
		}
		return add(new Block.Item((label != null) ? label : "", Text.of(text), indentMillimetres * MM,
				labelMillimetres * MM, 0));
	}

	/**
	 * Lines that start at the same place, the block of them flush right, as the sender
	 * (団体名, 会長 氏名) and the contact (担当) of a letter are set.
	 * @param rightInsetMillimetres space between the longest line and the right margin
	 * @param lines the lines, each in its own typeface and size
	 * @return this builder
	 */
	public PdfDocumentBuilder rightBlock(float rightInsetMillimetres, Text... lines) {
		if (lines.length == 0) {
			throw new IllegalArgumentException("A block needs at least one line");
		}
		if (rightInsetMillimetres < 0) {
			throw new IllegalArgumentException("The inset must not be negative");
		}
		return add(new Block.RightBlock(List.of(lines), rightInsetMillimetres * MM, 1 * MM));
	}

	/**
	 * A note in small type (Mincho 8.5 pt), e.g. the provisions a roster cites below it.
	 * @param text the note
	 * @return this builder
	 */
	public PdfDocumentBuilder note(String text) {
		return add(new Block.Paragraph(new Text(text, Typeface.MINCHO, 8.5f), Align.LEFT, 1.6f, 0, 0.5f * MM, true, 0));
	}

	/**
	 * Vertical space, dropped at the top of a page.
	 * @param millimetres the height
	 * @return this builder
	 */
	public PdfDocumentBuilder spacer(float millimetres) {
		if (millimetres < 0) {
			throw new IllegalArgumentException("Space must not be negative: " + millimetres);
		}
		return add(new Block.Space(millimetres * MM));
	}

	/**
	 * A table across the page width (see {@link Table}). Rows added to the table
	 * afterwards do not appear.
	 * @param table the table
	 * @return this builder
	 */
	public PdfDocumentBuilder table(Table table) {
		return add(new Block.TableBlock(table.copy()));
	}

	/**
	 * A cover: a page of its own with the lines centred across it, the block of lines a
	 * little above the middle of the page, without the running header and page number.
	 * The content that follows starts on the next page.
	 *
	 * <pre class="code">
	 * builder.coverPage(new Text("佐久市福祉有償運送", Typeface.MINCHO, 20f),
	 * 		new Text("登録変更協議申請書", Typeface.MINCHO, 28f), new Text("", Typeface.MINCHO, 40f),
	 * 		new Text("のんびり", Typeface.MINCHO, 18f));
	 * </pre>
	 * @param lines the lines, each in its own typeface and size; an empty line leaves a
	 * gap of its height, a line break within one reads as a space
	 * @return this builder
	 */
	public PdfDocumentBuilder coverPage(Text... lines) {
		if (lines.length == 0) {
			throw new IllegalArgumentException("A cover needs at least one line");
		}
		return add(new Block.Cover(List.of(lines)));
	}

	/**
	 * A bookmark (outline item) in the viewer's side panel pointing at the content that
	 * follows, e.g. before a heading. Viewers open a document with bookmarks with the
	 * panel shown.
	 * @param title the bookmark's text
	 * @return this builder
	 */
	public PdfDocumentBuilder bookmark(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A bookmark needs a title");
		}
		return add(new Block.Mark(title));
	}

	/**
	 * Continues on a new page, e.g. before the next 資料 of a packet.
	 * @return this builder
	 */
	public PdfDocumentBuilder pageBreak() {
		return add(new Block.PageBreak());
	}

	/**
	 * Lays out the document and returns the PDF.
	 * @return the PDF's bytes
	 */
	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			writeTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write PDF " + this.info.title(), ex);
		}
		return out.toByteArray();
	}

	/**
	 * Lays out the document and writes the PDF.
	 * @param out where to write; not closed
	 * @throws IOException when the stream fails
	 */
	public void writeTo(OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PageWriter pages = new PageWriter(document);
			for (Block block : this.blocks) {
				block.layOut(pages);
			}
			pages.finish(this.headerLeft, this.headerRight, this.pageNumbers);
			outline(document, pages.bookmarks());
			describe(document);
			if (this.archival) {
				PdfA2b.conform(document);
			}
			document.save(out);
		}
	}

	private PdfDocumentBuilder add(Block block) {
		this.blocks.add(block);
		return this;
	}

	private static void outline(PDDocument document, List<PageWriter.Bookmark> bookmarks) {
		if (bookmarks.isEmpty()) {
			return;
		}
		PDDocumentOutline outline = new PDDocumentOutline();
		for (PageWriter.Bookmark bookmark : bookmarks) {
			PDPageXYZDestination destination = new PDPageXYZDestination();
			destination.setPage(document.getPage(bookmark.pageIndex()));
			destination.setTop(Math.round(bookmark.top()));
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(bookmark.title());
			item.setDestination(destination);
			outline.addLast(item);
		}
		document.getDocumentCatalog().setDocumentOutline(outline);
		document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
	}

	private void describe(PDDocument document) {
		ZonedDateTime date = (this.info.date() != null) ? this.info.date().atStartOfDay(JAPAN)
				: ZonedDateTime.now(this.clock);
		PDDocumentInformation information = document.getDocumentInformation();
		information.setTitle(this.info.title());
		information.setAuthor(this.info.author());
		information.setSubject(this.info.subject());
		information.setCreator("kyogikai");
		information.setProducer("Apache PDFBox " + Version.getVersion());
		information.setCreationDate(GregorianCalendar.from(date));
		information.setModificationDate(GregorianCalendar.from(date));
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		catalog.setLanguage("ja-JP");
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		catalog.setViewerPreferences(preferences);
		// the trailer's /ID from the date, not the wall clock: the same content gives the
		// same bytes
		document.setDocumentId(date.toInstant().toEpochMilli());
	}

}
