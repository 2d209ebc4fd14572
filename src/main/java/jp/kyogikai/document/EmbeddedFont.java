package jp.kyogikai.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One typeface loaded into one document, embedded as a subset when the document is saved,
 * with the widths of the characters measured so far.
 */
final class EmbeddedFont {

	/**
	 * 〓 (geta), the Japanese placeholder for a character the font cannot show.
	 */
	static final int MISSING = 0x3013;

	private final PDType0Font font;

	private final Map<Integer, Float> advances = new HashMap<>();

	private EmbeddedFont(PDType0Font font) {
		this.font = font;
	}

	static EmbeddedFont load(PDDocument document, Typeface typeface) throws IOException {
		byte[] bytes = FontFiles.bytes(typeface);
		// wraps the shared bytes without copying them; embedded as a subset, horizontal
		// writing
		return new EmbeddedFont(PDType0Font.load(document, new RandomAccessReadBuffer(bytes), true, false));
	}

	PDType0Font pdFont() {
		return this.font;
	}

	/**
	 * The text as the font can print it: tabs become spaces, other control and format
	 * characters (and variation selectors) are dropped, and characters the font lacks (外字
	 * in the private use area, emoji, unpaired surrogates) become 〓. Line breaks stay.
	 * @param text the text
	 * @return the printable text
	 */
	String printable(String text) {
		StringBuilder printable = new StringBuilder(text.length());
		text.replace("\r\n", "\n").codePoints().forEach((codePoint) -> {
			if (codePoint == '\n') {
				printable.append('\n');
			}
			else if (codePoint == '\t' || codePoint == '\r') {
				printable.append(' ');
			}
			else if (Character.getType(codePoint) == Character.SURROGATE) {
				printable.appendCodePoint(MISSING);
			}
			else if (!isInvisible(codePoint)) {
				printable.appendCodePoint(Float.isNaN(advance(codePoint)) ? MISSING : codePoint);
			}
		});
		return printable.toString();
	}

	/**
	 * The width of a printable character.
	 * @param codePoint the character
	 * @param size the font size in points
	 * @return the width in points
	 */
	float width(int codePoint, float size) {
		return advance(codePoint) * size / 1000f;
	}

	/**
	 * The width of a printable text.
	 * @param text the text
	 * @param size the font size in points
	 * @return the width in points
	 */
	float width(String text, float size) {
		float width = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			width += width(codePoint, size);
			i += Character.charCount(codePoint);
		}
		return width;
	}

	/**
	 * The advance in thousandths of an em, {@code NaN} when the font has no glyph.
	 */
	private float advance(int codePoint) {
		return this.advances.computeIfAbsent(codePoint, this::measure);
	}

	private Float measure(int codePoint) {
		try {
			return this.font.getStringWidth(Character.toString(codePoint));
		}
		catch (IllegalArgumentException ex) {
			return Float.NaN;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isInvisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)
				|| (codePoint >= 0xe0100 && codePoint <= 0xe01ef);
	}

}
