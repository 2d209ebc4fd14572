package jp.kyogikai.document;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static jp.kyogikai.document.PageWriter.MM;

/**
 * Lays out one table: wraps each cell's lines within its column, sizes rows by their
 * tallest cell, moves a row that does not fit to the next page under a repeated header
 * row, splits a row taller than a whole page line by line, and rules each page's part of
 * the table: thin lines inside, a heavier frame around.
 */
final class TableWriter {

	private static final float PADDING_X = 1.5f * MM;

	private static final float PADDING_Y = 1.2f * MM;

	private static final float LINE_SPACING = 1.3f;

	private static final float RULE = 0.45f;

	private static final float FRAME = 0.9f;

	private static final float HEADER_FILL = 0.92f;

	private static final float SPACE_AFTER = 3 * MM;

	private final PageWriter pages;

	private final Table table;

	private final float[] x;

	private final float[] widths;

	private final float minRowHeight;

	private final Row header;

	private boolean segmentOpen;

	private float segmentTop;

	private final List<Float> rowBottoms = new ArrayList<>();

	TableWriter(PageWriter pages, Table table) throws IOException {
		this.pages = pages;
		this.table = table;
		List<Column> columns = table.columns();
		float total = 0;
		for (Column column : columns) {
			total += column.weight();
		}
		this.x = new float[columns.size() + 1];
		this.widths = new float[columns.size()];
		this.x[0] = pages.left();
		for (int i = 0; i < columns.size(); i++) {
			this.widths[i] = pages.width() * columns.get(i).weight() / total;
			this.x[i + 1] = this.x[i] + this.widths[i];
		}
		this.minRowHeight = table.minRowHeightMillimetres() * MM;
		this.header = table.hasHeader() ? headerRow() : null;
	}

	void write() throws IOException {
		Deque<Row> queue = new ArrayDeque<>();
		for (List<Cell> cells : this.table.rows()) {
			queue.add(row(cells));
		}
		float headerHeight = (this.header != null) ? this.header.height() : 0;
		while (!queue.isEmpty()) {
			Row row = queue.peekFirst();
			float needed = row.height() + (this.segmentOpen ? 0 : headerHeight);
			if (this.pages.fits(needed)) {
				openSegment();
				draw(queue.pollFirst(), false);
				continue;
			}
			if (headerHeight + row.height() > this.pages.fullHeight()) {
				// taller than a page: fill this one, continue on the next
				float room = this.pages.remaining() - (this.segmentOpen ? 0 : headerHeight);
				Row[] split = row.split(room);
				if (split != null) {
					openSegment();
					queue.pollFirst();
					draw(split[0], false);
					queue.addFirst(split[1]);
				}
				else if (this.pages.isPageEmpty()) {
					// not even one line fits on an empty page: draw it anyway,
					// overflowing
					openSegment();
					draw(queue.pollFirst(), false);
					continue;
				}
			}
			closeSegment();
			this.pages.newPage();
		}
		if (this.table.rows().isEmpty() && this.header != null) {
			this.pages.ensure(headerHeight);
			openSegment();
		}
		closeSegment();
		this.pages.space(SPACE_AFTER);
	}

	private void openSegment() throws IOException {
		if (this.segmentOpen) {
			return;
		}
		this.segmentOpen = true;
		this.segmentTop = this.pages.y();
		this.rowBottoms.clear();
		if (this.header != null) {
			draw(this.header, true);
		}
	}

	private void closeSegment() throws IOException {
		if (!this.segmentOpen) {
			return;
		}
		this.segmentOpen = false;
		float left = this.x[0];
		float right = this.x[this.x.length - 1];
		float bottom = this.pages.y();
		for (int i = 0; i < this.rowBottoms.size() - 1; i++) {
			this.pages.line(left, this.rowBottoms.get(i), right, this.rowBottoms.get(i), RULE);
		}
		for (int i = 1; i < this.x.length - 1; i++) {
			this.pages.line(this.x[i], this.segmentTop, this.x[i], bottom, RULE);
		}
		this.pages.rectangle(left, bottom, right - left, this.segmentTop - bottom, FRAME);
	}

	private void draw(Row row, boolean header) throws IOException {
		float top = this.pages.y();
		float height = row.height();
		if (header) {
			this.pages.fill(this.x[0], top - height, this.x[this.x.length - 1] - this.x[0], height, HEADER_FILL);
		}
		for (int i = 0; i < row.cells().size(); i++) {
			CellLayout cell = row.cells().get(i);
			float lineTop = top - PADDING_Y;
			if (!row.topAligned()) {
				lineTop -= (height - 2 * PADDING_Y - cell.height()) / 2;
			}
			for (PlacedLine line : cell.lines()) {
				float lineX = switch (cell.align()) {
					case LEFT -> this.x[i] + PADDING_X;
					case CENTER -> this.x[i] + (this.widths[i] - line.width()) / 2;
					case RIGHT -> this.x[i + 1] - PADDING_X - line.width();
				};
				float size = line.style().size();
				this.pages.showText(line.text(), line.style().typeface(), size, lineX,
						PageWriter.baseline(lineTop, line.height(), size), 0);
				lineTop -= line.height();
			}
		}
		this.pages.moveDown(height);
		this.rowBottoms.add(this.pages.y());
	}

	private Row headerRow() throws IOException {
		List<CellLayout> cells = new ArrayList<>();
		for (int i = 0; i < this.widths.length; i++) {
			cells.add(cell(List.of(Text.of(this.table.columns().get(i).label())), i, Align.CENTER));
		}
		return new Row(cells, this.minRowHeight, false);
	}

	private Row row(List<Cell> cells) throws IOException {
		List<CellLayout> layouts = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			layouts.add(cell(cells.get(i).lines(), i, this.table.columns().get(i).align()));
		}
		return new Row(layouts, this.minRowHeight, this.table.isTopAligned());
	}

	private CellLayout cell(List<Text> texts, int column, Align align) throws IOException {
		float available = this.widths[column] - 2 * PADDING_X;
		List<PlacedLine> lines = new ArrayList<>();
		for (Text text : texts) {
			EmbeddedFont font = this.pages.font(text.typeface());
			float size = text.size();
			for (LineBreaker.Line line : LineBreaker.wrap(font.printable(text.content()), available,
					(codePoint) -> font.width(codePoint, size))) {
				lines.add(new PlacedLine(line.text(), text, line.width(), size * LINE_SPACING));
			}
		}
		return new CellLayout(lines, align);
	}

	/**
	 * A line of a cell, ready to draw.
	 */
	private record PlacedLine(String text, Text style, float width, float height) {

	}

	/**
	 * A cell's lines.
	 */
	private record CellLayout(List<PlacedLine> lines, Align align) {

		float height() {
			float height = 0;
			for (PlacedLine line : this.lines) {
				height += line.height();
			}
			return height;
		}

		/**
		 * The lines that fit the height, and the rest.
		 */
		CellLayout[] split(float height) {
			int count = 0;
			float used = 0;
			while (count < this.lines.size() && used + this.lines.get(count).height() <= height) {
				used += this.lines.get(count).height();
				count++;
			}
			return new CellLayout[] { new CellLayout(this.lines.subList(0, count), this.align),
					new CellLayout(this.lines.subList(count, this.lines.size()), this.align) };
		}

	}

	/**
	 * A row's cells and height.
	 */
	private record Row(List<CellLayout> cells, float minHeight, boolean topAligned) {

		float height() {
			float content = 0;
			for (CellLayout cell : this.cells) {
				content = Math.max(content, cell.height());
			}
			return Math.max(this.minHeight, content + 2 * PADDING_Y);
		}

		/**
		 * The part of this row that fits the height and the part that follows on the next
		 * page, both top-aligned; {@code null} when no line fits or nothing would be
		 * left.
		 */
		Row[] split(float height) {
			List<CellLayout> first = new ArrayList<>();
			List<CellLayout> rest = new ArrayList<>();
			boolean anyFirst = false;
			boolean anyRest = false;
			for (CellLayout cell : this.cells) {
				CellLayout[] parts = cell.split(height - 2 * PADDING_Y);
				first.add(parts[0]);
				rest.add(parts[1]);
				anyFirst |= !parts[0].lines().isEmpty();
				anyRest |= !parts[1].lines().isEmpty();
			}
			if (!anyFirst || !anyRest) {
				return null;
			}
			return new Row[] { new Row(first, 0, true), new Row(rest, 0, true) };
		}

	}

}
