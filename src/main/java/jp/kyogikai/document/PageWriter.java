package jp.kyogikai.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays content down A4 portrait pages, top to bottom, starting a new page when the
 * current one is full; at the end it adds the running header and the "N / M" footer to
 * every page. Coordinates are PDF points from the bottom left corner.
 */
final class PageWriter {

	/**
	 * Points per millimetre.
	 */
	static final float MM = 72f / 25.4f;

	private static final PDRectangle A4 = PDRectangle.A4;

	private static final float MARGIN = 20 * MM;

	private static final float HEADER_BASELINE = 12 * MM;

	private static final float FOOTER_BASELINE = 11 * MM;

	private static final float HEADER_SIZE = 8f;

	private static final float HEADER_GRAY = 0.3f;

	/**
	 * Where the baseline of CJK text sits in its em box: 0.88 em below the top.
	 */
	private static final float ASCENT = 0.88f;

	private final PDDocument document;

	private final Map<Typeface, EmbeddedFont> fonts = new EnumMap<>(Typeface.class);

	private PDPageContentStream content;

	private float y;

	private boolean pageEmpty;

	private final Set<Integer> plainPages = new HashSet<>();

	private final List<String> pendingBookmarks = new ArrayList<>();

	private final List<Bookmark> bookmarks = new ArrayList<>();

	PageWriter(PDDocument document) throws IOException {
		this.document = document;
		newPage();
	}

	/**
	 * The baseline for text of the given size centred in a line box.
	 * @param lineTop the top of the line box
	 * @param lineHeight the height of the line box
	 * @param size the font size
	 * @return the baseline's y
	 */
	static float baseline(float lineTop, float lineHeight, float size) {
		return lineTop - (lineHeight - size) / 2 - ASCENT * size;
	}

	float left() {
		return MARGIN;
	}

	float width() {
		return A4.getWidth() - 2 * MARGIN;
	}

	/**
	 * The height of a page's text area.
	 */
	float fullHeight() {
		return A4.getHeight() - 2 * MARGIN;
	}

	/**
	 * The y of the next content's top.
	 */
	float y() {
		return this.y;
	}

	float remaining() {
		return this.y - MARGIN;
	}

	boolean fits(float height) {
		return height <= remaining() + 0.01f;
	}

	boolean isPageEmpty() {
		return this.pageEmpty;
	}

	/**
	 * Starts a new page unless the given height fits on this one (or this page is still
	 * empty, so a new one would not help).
	 */
	void ensure(float height) throws IOException {
		if (!fits(height) && !this.pageEmpty) {
			newPage();
		}
	}

	void newPage() throws IOException {
		if (this.content != null) {
			this.content.close();
		}
		PDPage page = new PDPage(A4);
		this.document.addPage(page);
		this.content = new PDPageContentStream(this.document, page);
		this.y = A4.getHeight() - MARGIN;
		this.pageEmpty = true;
	}

	/**
	 * Moves down past content just drawn.
	 */
	void moveDown(float height) {
		resolveBookmarks();
		this.y -= height;
		this.pageEmpty = false;
	}

	/**
	 * A bookmark that points at the next content drawn (on whatever page it lands).
	 */
	void bookmark(String title) {
		this.pendingBookmarks.add(title);
	}

	/**
	 * The bookmarks placed so far, in document order.
	 */
	List<Bookmark> bookmarks() {
		return List.copyOf(this.bookmarks);
	}

	private void resolveBookmarks() {
		for (String title : this.pendingBookmarks) {
			this.bookmarks.add(new Bookmark(title, this.document.getNumberOfPages() - 1, this.y));
		}
		this.pendingBookmarks.clear();
	}

	/**
	 * Leaves the current page without the running header and page number, e.g. a cover.
	 */
	void markPlain() {
		this.plainPages.add(this.document.getNumberOfPages() - 1);
	}

	/**
	 * Ends the current page: the next content starts on a new one.
	 */
	void closePage() {
		this.y = MARGIN;
		this.pageEmpty = false;
	}

	/**
	 * The y of the text area's top.
	 */
	float top() {
		return A4.getHeight() - MARGIN;
	}

	/**
	 * The horizontal centre of the page.
	 */
	float centre() {
		return A4.getWidth() / 2;
	}

	/**
	 * Leaves vertical space, except at the top of a page.
	 */
	void space(float height) {
		if (!this.pageEmpty) {
			this.y = Math.max(MARGIN, this.y - height);
		}
	}

	EmbeddedFont font(Typeface typeface) throws IOException {
		EmbeddedFont font = this.fonts.get(typeface);
		if (font == null) {
			font = EmbeddedFont.load(this.document, typeface);
			this.fonts.put(typeface, font);
		}
		return font;
	}

	/**
	 * Draws printable text (see {@link EmbeddedFont#printable(String)}).
	 */
	void showText(String text, Typeface typeface, float size, float x, float baseline, float characterSpacing)
			throws IOException {
		showText(this.content, text, typeface, size, x, baseline, characterSpacing);
	}

	private void showText(PDPageContentStream stream, String text, Typeface typeface, float size, float x,
			float baseline, float characterSpacing) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		stream.beginText();
		stream.setFont(font(typeface).pdFont(), size);
		if (characterSpacing != 0) {
			stream.setCharacterSpacing(characterSpacing);
		}
		stream.newLineAtOffset(x, baseline);
		stream.showText(text);
		if (characterSpacing != 0) {
			stream.setCharacterSpacing(0);
		}
		stream.endText();
	}

	void fill(float x, float y, float width, float height, float gray) throws IOException {
		this.content.setNonStrokingColor(gray);
		this.content.addRect(x, y, width, height);
		this.content.fill();
		this.content.setNonStrokingColor(0f);
	}

	void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
		this.content.setLineWidth(lineWidth);
		this.content.moveTo(x1, y1);
		this.content.lineTo(x2, y2);
		this.content.stroke();
	}

	void rectangle(float x, float y, float width, float height, float lineWidth) throws IOException {
		this.content.setLineWidth(lineWidth);
		this.content.addRect(x, y, width, height);
		this.content.stroke();
	}

	/**
	 * Closes the last page and adds the header and footer to every page, now that the
	 * number of pages is known.
	 * @param pageNumbers whether to number the pages "N / M"
	 */
	void finish(String headerLeft, String headerRight, boolean pageNumbers) throws IOException {
		resolveBookmarks();
		this.content.close();
		EmbeddedFont font = font(Typeface.MINCHO);
		String left = font.printable(headerLeft).replace('\n', ' ');
		String right = font.printable(headerRight).replace('\n', ' ');
		int count = this.document.getNumberOfPages();
		for (int i = 0; i < count; i++) {
			if (this.plainPages.contains(i)) {
				continue;
			}
			PDPage page = this.document.getPage(i);
			try (PDPageContentStream stream = new PDPageContentStream(this.document, page, AppendMode.APPEND, true,
					true)) {
				stream.setNonStrokingColor(HEADER_GRAY);
				float headerBaseline = A4.getHeight() - HEADER_BASELINE;
				showText(stream, left, Typeface.MINCHO, HEADER_SIZE, MARGIN, headerBaseline, 0);
				showText(stream, right, Typeface.MINCHO, HEADER_SIZE,
						A4.getWidth() - MARGIN - font.width(right, HEADER_SIZE), headerBaseline, 0);
				if (pageNumbers) {
					String number = (i + 1) + " / " + count;
					// marked, so that a packet numbering its pages can take it out
					stream.beginMarkedContent(OwnPageNumbers.TAG);
					showText(stream, number, Typeface.MINCHO, HEADER_SIZE,
							(A4.getWidth() - font.width(number, HEADER_SIZE)) / 2, FOOTER_BASELINE, 0);
					stream.endMarkedContent();
				}
			}
		}
	}

	/**
	 * A place in the document for the outline.
	 *
	 * @param title the outline item's text
	 * @param pageIndex the page, from 0
	 * @param top the y of the content's top on the page
	 */
	record Bookmark(String title, int pageIndex, float top) {
	}

}
