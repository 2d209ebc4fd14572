package jp.kyogikai.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Version;

/**
 * Binds PDFs into one packet, e.g. a meeting's agenda packet: a table of contents (目次)
 * first, then each part in order, every page numbered through the packet ("- n -"; the "N
 * / M" numbers of a part made by {@link PdfDocumentBuilder} are taken out, those of a
 * document made elsewhere stay), a stamp such as 資料No.3 in a box at the top right of each
 * part's first page, and one bookmark per part whose title is the part's entry in the
 * table of contents.
 *
 * <pre class="code">
 * byte[] packet = PacketAssembler.of(new DocumentInfo("第1回会議資料", "佐久市", council, date))
 * 	.heading("佐久市福祉有償運送運営協議会", "令和7年度第1回 会議資料")
 * 	.part(null, "次第", agendaPdf)
 * 	.part("資料No.1", "委員名簿", rosterPdf)
 * 	.toBytes();
 * </pre>
 *
 * The parts are read with PDFBox into memory, each part's bytes once; stamped text is in
 * IPAex Mincho and Gothic, embedded as subsets, so it can be extracted. A part's XMP
 * metadata is not taken over: it describes the part. Not thread-safe.
 */
public final class PacketAssembler {

	private static final float MM = PageWriter.MM;

	/**
	 * Up to this many bytes of a part are kept in main memory while merging, the rest in
	 * temporary files.
	 */
	private static final long MEMORY = 64L * 1024 * 1024;

	private static final float NUMBER_SIZE = 9f;

	private static final float NUMBER_BASELINE = 5.5f * MM;

	private static final float STAMP_SIZE = 9f;

	private final DocumentInfo info;

	private final List<String> heading = new ArrayList<>();

	private final List<Part> parts = new ArrayList<>();

	private boolean archival;

	private PacketAssembler(DocumentInfo info) {
		this.info = Objects.requireNonNull(info, "info");
	}

	/**
	 * Starts a packet.
	 * @param info the packet's title, author and date
	 * @return the assembler
	 */
	public static PacketAssembler of(DocumentInfo info) {
		return new PacketAssembler(info);
	}

	/**
	 * Makes the packet PDF/A-2b, as {@link PdfDocumentBuilder#archival()} does a
	 * document; it is then dated by its {@link DocumentInfo#date()} (or the time of
	 * binding), and the same parts give the same bytes. Conforms only when every part
	 * does: parts made by {@link PdfDocumentBuilder} (with or without the option) and
	 * {@link #imagePage(byte[]) image pages} do; a PDF made elsewhere may not.
	 * @return this assembler
	 */
	public PacketAssembler archival() {
		this.archival = true;
		return this;
	}

	/**
	 * Lines printed above 目次 on the contents page, e.g. the council and the meeting.
	 * @param lines the lines
	 * @return this assembler
	 */
	public PacketAssembler heading(String... lines) {
		for (String line : lines) {
			if (line != null && !line.isBlank()) {
				this.heading.add(line);
			}
		}
		return this;
	}

	/**
	 * Adds a part.
	 * @param stamp the stamp on its first page and the start of its entry, e.g. 資料No.1;
	 * {@code null} for none
	 * @param title its title
	 * @param pdf the PDF's bytes
	 * @return this assembler
	 */
	public PacketAssembler part(String stamp, String title, byte[] pdf) {
		this.parts.add(new Part(stamp, title, pdf));
		return this;
	}

	/**
	 * A JPEG or PNG image as a one-page A4 PDF, the image scaled to fit within 15 mm
	 * margins (never enlarged), e.g. a scanned page uploaded as a material.
	 * @param image the image's bytes
	 * @return the PDF's bytes
	 * @throws UncheckedIOException when the image cannot be read
	 */
	public static byte[] imagePage(byte[] image) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDImageXObject picture = PDImageXObject.createFromByteArray(document, image, "image");
			float margin = 15 * MM;
			float maxWidth = PDRectangle.A4.getWidth() - 2 * margin;
			float maxHeight = PDRectangle.A4.getHeight() - 2 * margin;
			float scale = Math.min(1f, Math.min(maxWidth / picture.getWidth(), maxHeight / picture.getHeight()));
			float width = picture.getWidth() * scale;
			float height = picture.getHeight() * scale;
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.drawImage(picture, (PDRectangle.A4.getWidth() - width) / 2,
						PDRectangle.A4.getHeight() - margin - height, width, height);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(image.length + 4096);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the image", ex);
		}
	}

	/**
	 * Whether the bytes are a PDF that can be bound into a packet (not broken, not
	 * encrypted against reading).
	 * @param pdf the bytes
	 * @return {@code true} when PDFBox reads it and it has a page
	 */
	public static boolean readable(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
			return document.getNumberOfPages() > 0 && !document.isEncrypted();
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The entries of the table of contents (and the bookmarks) in order.
	 * @return each part's entry
	 */
	public List<String> entries() {
		return this.parts.stream().map(Part::entry).toList();
	}

	/**
	 * Binds the packet.
	 * @return the PDF's bytes
	 * @throws UncheckedIOException when a part is not a readable PDF
	 */
	public byte[] toBytes() {
		try {
			return assemble();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot bind " + this.info.title(), ex);
		}
	}

	private byte[] assemble() throws IOException {
		List<Integer> pageCounts = new ArrayList<>();
		try (PDDocument packet = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY).streamCache)) {
			PDFMergerUtility merger = new PDFMergerUtility();
			List<PDDocument> sources = new ArrayList<>();
			try {
				for (Part part : this.parts) {
					PDDocument source = Loader.loadPDF(new RandomAccessReadBuffer(part.pdf()), "",
							MemoryUsageSetting.setupMixed(MEMORY).streamCache);
					sources.add(source);
					OwnPageNumbers.remove(source);
					pageCounts.add(source.getNumberOfPages());
				}
				// the contents page's own length decides where the parts start: lay it
				// out until the numbers it prints agree with it
				int contentsPages = 1;
				byte[] contents = contents(contentsPages, pageCounts);
				for (int attempt = 0; attempt < 3; attempt++) {
					int pages = pageCount(contents);
					if (pages == contentsPages) {
						break;
					}
					contentsPages = pages;
					contents = contents(contentsPages, pageCounts);
				}
				try (PDDocument contentsDocument = Loader.loadPDF(contents)) {
					contentsPages = contentsDocument.getNumberOfPages();
					merger.appendDocument(packet, contentsDocument);
				}
				for (PDDocument source : sources) {
					merger.appendDocument(packet, source);
				}
				// the merger takes over the XMP metadata of the first part that has any:
				// it describes that part (and may claim PDF/A for it), not the packet
				packet.getDocumentCatalog().setMetadata(null);
				List<Integer> starts = starts(contentsPages, pageCounts);
				stamp(packet, starts);
				outline(packet, starts);
				packet.getDocumentInformation().setTitle(this.info.title());
				packet.getDocumentInformation().setAuthor(this.info.author());
				packet.getDocumentInformation().setSubject(this.info.subject());
				packet.getDocumentInformation().setCreator("kyogikai");
				packet.getDocumentCatalog().setLanguage("ja-JP");
				if (this.archival) {
					describeArchival(packet);
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream(
						Math.max(64 * 1024, this.parts.stream().mapToInt((part) -> part.pdf().length).sum()));
				packet.save(out);
				return out.toByteArray();
			}
			finally {
				for (PDDocument source : sources) {
					source.close();
				}
			}
		}
	}

	private void describeArchival(PDDocument packet) throws IOException {
		ZonedDateTime date = (this.info.date() != null) ? this.info.date().atStartOfDay(PdfDocumentBuilder.JAPAN)
				: ZonedDateTime.now(PdfDocumentBuilder.JAPAN);
		PDDocumentInformation information = packet.getDocumentInformation();
		information.setProducer("Apache PDFBox " + Version.getVersion());
		information.setCreationDate(GregorianCalendar.from(date));
		information.setModificationDate(GregorianCalendar.from(date));
		packet.setDocumentId(date.toInstant().toEpochMilli());
		PdfA2b.conform(packet);
	}

	private static int pageCount(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	/**
	 * The first page (from 1) of each part when the contents take the given pages.
	 */
	private static List<Integer> starts(int contentsPages, List<Integer> pageCounts) {
		List<Integer> starts = new ArrayList<>();
		int next = contentsPages + 1;
		for (int count : pageCounts) {
			starts.add(next);
			next += count;
		}
		return starts;
	}

	private byte[] contents(int contentsPages, List<Integer> pageCounts) {
		PdfDocumentBuilder contents = PdfDocumentBuilder.a4(this.info).withoutPageNumbers();
		for (String line : this.heading) {
			contents.paragraph(new Text(line, Typeface.MINCHO, 12f), Align.CENTER);
		}
		contents.spacer(4).title("目　　次").spacer(2);
		List<Integer> starts = starts(contentsPages, pageCounts);
		for (int i = 0; i < this.parts.size(); i++) {
			contents.contentsLine(this.parts.get(i).entry(), String.valueOf(starts.get(i)));
		}
		return contents.toBytes();
	}

	private void stamp(PDDocument packet, List<Integer> starts) throws IOException {
		EmbeddedFont mincho = EmbeddedFont.load(packet, Typeface.MINCHO);
		EmbeddedFont gothic = EmbeddedFont.load(packet, Typeface.GOTHIC);
		int count = packet.getNumberOfPages();
		for (int i = 0; i < count; i++) {
			PDPage page = packet.getPage(i);
			PDRectangle box = page.getCropBox();
			try (PDPageContentStream stream = new PDPageContentStream(packet, page, AppendMode.APPEND, true, true)) {
				String number = "- " + (i + 1) + " -";
				stream.beginText();
				stream.setNonStrokingColor(0f);
				stream.setFont(mincho.pdFont(), NUMBER_SIZE);
				stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - mincho.width(number, NUMBER_SIZE)) / 2,
						box.getLowerLeftY() + NUMBER_BASELINE);
				stream.showText(number);
				stream.endText();
				int part = starts.indexOf(i + 1);
				if (part >= 0 && this.parts.get(part).stamp() != null) {
					stampBox(stream, gothic, box, this.parts.get(part).stamp());
				}
			}
		}
	}

	/**
	 * The part's stamp in a white box with a frame, at the top right corner.
	 */
	private static void stampBox(PDPageContentStream stream, EmbeddedFont font, PDRectangle box, String stamp)
			throws IOException {
		String text = font.printable(stamp).replace('\n', ' ');
		// above the running header of the part (12 mm from the top), clear of it
		float width = font.width(text, STAMP_SIZE) + 4 * MM;
		float height = STAMP_SIZE + 2 * MM;
		float x = box.getUpperRightX() - 15 * MM - width;
		float y = box.getUpperRightY() - 2 * MM - height;
		stream.setNonStrokingColor(1f);
		stream.addRect(x, y, width, height);
		stream.fill();
		stream.setNonStrokingColor(0f);
		stream.setStrokingColor(0f);
		stream.setLineWidth(0.8f);
		stream.addRect(x, y, width, height);
		stream.stroke();
		stream.beginText();
		stream.setFont(font.pdFont(), STAMP_SIZE);
		stream.newLineAtOffset(x + 2 * MM, y + 1 * MM + 0.12f * STAMP_SIZE);
		stream.showText(text);
		stream.endText();
	}

	private void outline(PDDocument packet, List<Integer> starts) {
		PDDocumentOutline outline = new PDDocumentOutline();
		PDOutlineItem contents = new PDOutlineItem();
		contents.setTitle("目次");
		contents.setDestination(destination(packet, 0));
		outline.addLast(contents);
		for (int i = 0; i < this.parts.size(); i++) {
			if (starts.get(i) > packet.getNumberOfPages()
					|| (i + 1 < starts.size() && starts.get(i + 1).equals(starts.get(i)))) {
				// a part without pages has nowhere to point
				continue;
			}
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(this.parts.get(i).entry());
			item.setDestination(destination(packet, starts.get(i) - 1));
			outline.addLast(item);
		}
		packet.getDocumentCatalog().setDocumentOutline(outline);
		packet.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
	}

	private static PDPageFitDestination destination(PDDocument packet, int pageIndex) {
		PDPageFitDestination destination = new PDPageFitDestination();
		destination.setPage(packet.getPage(pageIndex));
		return destination;
	}

	/**
	 * A part of the packet.
	 *
	 * @param stamp e.g. 資料No.1, or {@code null}
	 * @param title its title
	 * @param pdf its bytes
	 */
	private record Part(String stamp, String title, byte[] pdf) {

		Part {
			if (title == null || title.isBlank()) {
				throw new IllegalArgumentException("A part needs a title");
			}
			Objects.requireNonNull(pdf, "pdf");
		}

		String entry() {
			return (this.stamp != null) ? this.stamp + "　" + this.title : this.title;
		}

	}

}
