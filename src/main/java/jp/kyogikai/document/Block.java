package jp.kyogikai.document;

import java.io.IOException;
import java.util.List;

/**
 * One piece of a document's content, laid out when the document is written.
 */
sealed interface Block permits Block.Paragraph, Block.Space, Block.TableBlock, Block.PageBreak, Block.Cover, Block.Mark,
		Block.Item, Block.RightBlock, Block.ContentsLine {

	void layOut(PageWriter pages) throws IOException;

	/**
	 * Text that wraps across the page width, line by line onto the next page when needed.
	 *
	 * @param text the text and its style
	 * @param align the alignment of each line
	 * @param lineSpacing line height as a multiple of the font size
	 * @param spaceBefore points above (not at the top of a page)
	 * @param spaceAfter points below
	 * @param justified whether full lines are spread to the right margin
	 * @param keepWithNext points of following content that must fit on the same page
	 */
	record Paragraph(Text text, Align align, float lineSpacing, float spaceBefore, float spaceAfter, boolean justified,
			float keepWithNext) implements Block {

		/**
		 * The largest extra space between characters when justifying, as a fraction of
		 * the font size; beyond it text extractors start to see spaces between words.
		 */
		private static final float MAX_JUSTIFICATION = 0.08f;

		@Override
		public void layOut(PageWriter pages) throws IOException {
			EmbeddedFont font = pages.font(this.text.typeface());
			float size = this.text.size();
			List<LineBreaker.Line> lines = LineBreaker.wrap(font.printable(this.text.content()), pages.width(),
					(codePoint) -> font.width(codePoint, size));
			float lineHeight = size * this.lineSpacing;
			pages.space(this.spaceBefore);
			if (this.keepWithNext > 0) {
				pages.ensure(lines.size() * lineHeight + this.keepWithNext);
			}
			for (LineBreaker.Line line : lines) {
				pages.ensure(lineHeight);
				float x = switch (this.align) {
					case LEFT -> pages.left();
					case CENTER -> pages.left() + (pages.width() - line.width()) / 2;
					case RIGHT -> pages.left() + pages.width() - line.width();
				};
				float spacing = (this.justified && this.align == Align.LEFT && line.wrapped())
						? justification(line, pages.width(), size) : 0;
				pages.showText(line.text(), this.text.typeface(), size, x,
						PageWriter.baseline(pages.y(), lineHeight, size), spacing);
				pages.moveDown(lineHeight);
			}
			pages.space(this.spaceAfter);
		}

		private static float justification(LineBreaker.Line line, float width, float size) {
			int gaps = line.text().codePointCount(0, line.text().length()) - 1;
			if (gaps <= 0) {
				return 0;
			}
			float spacing = (width - line.width()) / gaps;
			return (spacing > 0 && spacing <= MAX_JUSTIFICATION * size) ? spacing : 0;
		}

	}

	/**
	 * Vertical space, dropped at the top of a page.
	 *
	 * @param points the height
	 */
	record Space(float points) implements Block {

		@Override
		public void layOut(PageWriter pages) {
			pages.space(this.points);
		}

	}

	/**
	 * A table.
	 *
	 * @param table a copy of the table, taken when it was added
	 */
	record TableBlock(Table table) implements Block {

		@Override
		public void layOut(PageWriter pages) throws IOException {
			new TableWriter(pages, this.table).write();
		}

	}

	/**
	 * Continues on a new page (unless the current page is still empty).
	 */
	record PageBreak() implements Block {

		@Override
		public void layOut(PageWriter pages) throws IOException {
			if (!pages.isPageEmpty()) {
				pages.newPage();
			}
		}

	}

	/**
	 * A page of its own with lines centred across it and, as a block, a little above the
	 * middle of the page; without the running header and page number.
	 *
	 * @param lines the lines, each in its own style; an empty one leaves a gap of its
	 * height; a line break reads as a space
	 */
	record Cover(List<Text> lines) implements Block {

		private static final float LINE_SPACING = 1.6f;

		@Override
		public void layOut(PageWriter pages) throws IOException {
			if (!pages.isPageEmpty()) {
				pages.newPage();
			}
			float height = 0;
			for (Text line : this.lines) {
				height += line.size() * LINE_SPACING;
			}
			// 40 % of the free space above, 60 % below: the optical centre
			float y = pages.top() - Math.max(0, pages.fullHeight() - height) * 0.4f;
			for (Text line : this.lines) {
				float lineHeight = line.size() * LINE_SPACING;
				EmbeddedFont font = pages.font(line.typeface());
				for (String part : line.content().split("\n", -1)) {
					String text = font.printable(part);
					float width = font.width(text, line.size());
					pages.showText(text, line.typeface(), line.size(), pages.centre() - width / 2,
							PageWriter.baseline(y, lineHeight, line.size()), 0);
				}
				y -= lineHeight;
			}
			pages.markPlain();
			pages.closePage();
		}

	}

	/**
	 * A bookmark (outline item) pointing at the content that follows.
	 *
	 * @param title the outline item's text
	 */
	record Mark(String title) implements Block {

		@Override
		public void layOut(PageWriter pages) {
			pages.bookmark(this.title);
		}

	}

	/**
	 * A list item: a label (１, (1), ・) at an indent and the text beside it, wrapped with
	 * a hanging indent so continuation lines start under the text, not under the label.
	 *
	 * @param label the label, on the first line only; may be empty
	 * @param text the text and its style (the label takes the same style)
	 * @param indent points from the left margin to the label
	 * @param labelWidth points from the label to the text
	 * @param spaceAfter points below
	 */
	record Item(String label, Text text, float indent, float labelWidth, float spaceAfter) implements Block {

		private static final float LINE_SPACING = 1.7f;

		@Override
		public void layOut(PageWriter pages) throws IOException {
			EmbeddedFont font = pages.font(this.text.typeface());
			float size = this.text.size();
			float x = pages.left() + this.indent + this.labelWidth;
			List<LineBreaker.Line> lines = LineBreaker.wrap(font.printable(this.text.content()),
					pages.width() - this.indent - this.labelWidth, (codePoint) -> font.width(codePoint, size));
			float lineHeight = size * LINE_SPACING;
			String label = font.printable(this.label).replace('\n', ' ');
			boolean first = true;
			for (LineBreaker.Line line : lines) {
				pages.ensure(lineHeight);
				float baseline = PageWriter.baseline(pages.y(), lineHeight, size);
				if (first) {
					pages.showText(label, this.text.typeface(), size, pages.left() + this.indent, baseline, 0);
					first = false;
				}
				pages.showText(line.text(), this.text.typeface(), size, x, baseline, 0);
				pages.moveDown(lineHeight);
			}
			pages.space(this.spaceAfter);
		}

	}

	/**
	 * Lines aligned with each other at the left, the block as a whole flush right (its
	 * longest line ends at the right margin): the sender and the contact of a letter. A
	 * line wider than the page wraps at the left margin.
	 *
	 * @param lines the lines, each in its own style
	 * @param rightInset points between the longest line and the right margin
	 * @param spaceAfter points below
	 */
	record RightBlock(List<Text> lines, float rightInset, float spaceAfter) implements Block {

		private static final float LINE_SPACING = 1.7f;

		@Override
		public void layOut(PageWriter pages) throws IOException {
			float widest = 0;
			for (Text line : this.lines) {
				EmbeddedFont font = pages.font(line.typeface());
				for (String part : font.printable(line.content()).split("\n", -1)) {
					widest = Math.max(widest, font.width(part, line.size()));
				}
			}
			float available = pages.width() - this.rightInset;
			float x = pages.left() + Math.max(0, available - widest);
			float height = 0;
			for (Text line : this.lines) {
				height += line.size() * LINE_SPACING;
			}
			pages.ensure(Math.min(height, pages.fullHeight()));
			for (Text line : this.lines) {
				EmbeddedFont font = pages.font(line.typeface());
				float size = line.size();
				float lineHeight = size * LINE_SPACING;
				for (LineBreaker.Line wrapped : LineBreaker.wrap(font.printable(line.content()),
						pages.left() + available - x, (codePoint) -> font.width(codePoint, size))) {
					pages.ensure(lineHeight);
					pages.showText(wrapped.text(), line.typeface(), size, x,
							PageWriter.baseline(pages.y(), lineHeight, size), 0);
					pages.moveDown(lineHeight);
				}
			}
			pages.space(this.spaceAfter);
		}

	}

	/**
	 * A line of a table of contents: the entry at the left, its page number at the right
	 * margin, dot leaders between. A long entry wraps; the leaders follow its last line.
	 *
	 * @param text the entry and its style
	 * @param page the page number as printed
	 */
	record ContentsLine(Text text, String page) implements Block {

		private static final float LINE_SPACING = 1.9f;

		@Override
		public void layOut(PageWriter pages) throws IOException {
			EmbeddedFont font = pages.font(this.text.typeface());
			float size = this.text.size();
			String number = font.printable(this.page);
			float numberWidth = font.width(number, size);
			List<LineBreaker.Line> lines = LineBreaker.wrap(font.printable(this.text.content()),
					pages.width() - numberWidth - 3 * size, (codePoint) -> font.width(codePoint, size));
			float lineHeight = size * LINE_SPACING;
			pages.ensure(lines.size() * lineHeight);
			for (int i = 0; i < lines.size(); i++) {
				LineBreaker.Line line = lines.get(i);
				float baseline = PageWriter.baseline(pages.y(), lineHeight, size);
				pages.showText(line.text(), this.text.typeface(), size, pages.left(), baseline, 0);
				if (i == lines.size() - 1) {
					float right = pages.left() + pages.width();
					float dotsFrom = pages.left() + line.width() + size / 2;
					float dotsTo = right - numberWidth - size / 2;
					float unit = font.width(' ', size) + font.width('.', size);
					int dots = (int) Math.floor((dotsTo - dotsFrom) / unit);
					if (dots > 0) {
						pages.showText(" .".repeat(dots), this.text.typeface(), size, dotsTo - dots * unit, baseline,
								0);
					}
					pages.showText(number, this.text.typeface(), size, right - numberWidth, baseline, 0);
				}
				pages.moveDown(lineHeight);
			}
		}

	}

}
