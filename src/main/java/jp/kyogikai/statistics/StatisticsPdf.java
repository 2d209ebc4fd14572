package jp.kyogikai.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.document.Align;
import jp.kyogikai.document.Cell;
import jp.kyogikai.document.Column;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Table;
import jp.kyogikai.document.Text;
import jp.kyogikai.document.Typeface;
import jp.kyogikai.statistics.YearStatistics.CompanyListView;
import jp.kyogikai.statistics.YearStatistics.LineView;
import jp.kyogikai.statistics.YearStatistics.MatrixView;
import jp.kyogikai.statistics.YearStatistics.TableView;
import jp.kyogikai.statistics.rule.CompanyLayout;
import jp.kyogikai.statistics.rule.Figures;
import jp.kyogikai.statistics.rule.StatisticsSection;

import org.springframework.stereotype.Component;

/**
 * The year's statistics as the seed prints them (【佐久市の状況】): each entered table under 「◎
 * title（時点）」, the care tables as (1) and (2) under one heading, counts right-aligned with
 * thousands separators, computed rows in Gothic. Tables not yet entered are left out.
 */
@Component
class StatisticsPdf {

	/** The usable width of an A4 page with 20 mm margins. */
	private static final float PAGE_WIDTH_MM = 170;

	/** About the width of one character of body text, with the cell's padding shared. */
	private static final float CHARACTER_MM = 3.9f;

	private final StatisticsLabels labels;

	private final Clock clock;

	StatisticsPdf(StatisticsLabels labels, Clock clock) {
		this.labels = labels;
		this.clock = clock;
	}

	/**
	 * @param year the statistics
	 * @param material the running header's right text (資料No.4), or {@code null} for the
	 * 年度
	 * @return the PDF
	 */
	byte[] render(YearStatistics year, String material) {
		String title = this.labels.text("statistics.pdf.title", year.municipalityName());
		PdfDocumentBuilder pdf = PdfDocumentBuilder
			.a4(new DocumentInfo(title + " " + year.fiscalYear().label(), year.municipalityName(),
					this.labels.text("statistics.pdf.subject"), null))
			.clock(this.clock)
			.header(year.municipalityName() + " " + year.fiscalYear().label(),
					(material != null) ? material : year.fiscalYear().label())
			.title(title);
		if (!year.anyEntered()) {
			pdf.paragraph(this.labels.text("statistics.pdf.empty"));
		}
		StatisticsSection.Group group = null;
		for (TableView table : year.tables()) {
			if (!table.entered()) {
				continue;
			}
			StatisticsSection section = table.section();
			if (section.group() != null) {
				if (section.group() != group) {
					pdf.heading("◎ " + this.labels.group(section.group()));
				}
				pdf.paragraph(Text.of(table.heading()).in(Typeface.GOTHIC), Align.LEFT);
			}
			else {
				pdf.heading("◎ " + table.heading());
			}
			group = section.group();
			if (table.unit() != null) {
				pdf.paragraph(Text.of(table.unit()).withSize(9), Align.RIGHT);
			}
			if (section == StatisticsSection.POPULATION) {
				pdf.table(population(table.matrix()));
			}
			else if (table.matrix() != null) {
				pdf.table(matrix(table.matrix()));
			}
			else {
				pdf.table(companies(section, table.companies()));
			}
		}
		return pdf.toBytes();
	}

	private Table population(MatrixView matrix) {
		Table table = Table.of(Column.of("", 3), Column.of("", 2).aligned(Align.RIGHT),
				Column.of("", 1).aligned(Align.CENTER));
		String persons = this.labels.text("statistics.unit.persons");
		for (LineView line : matrix.lines()) {
			table.row(line.label(), number(line.cells().get(0)), persons);
		}
		if (matrix.agingRate() != null) {
			table.row(this.labels.agingRate(), matrix.agingRate(), "%");
		}
		return table;
	}

	private Table matrix(MatrixView matrix) {
		int longest = matrix.corner().length();
		for (LineView line : matrix.lines()) {
			longest = Math.max(longest, line.label().length() + ((line.kind() == Figures.LineKind.PART) ? 1 : 0));
		}
		int count = matrix.columns().size();
		float needed = longest * CHARACTER_MM + 4;
		float firstWeight = Math.max(1, needed * count / Math.max(PAGE_WIDTH_MM - needed, 1));
		List<Column> columns = new ArrayList<>();
		columns.add(Column.of(matrix.corner(), firstWeight));
		matrix.columns().forEach((label) -> columns.add(Column.of(label, 1).aligned(Align.RIGHT)));
		Table table = Table.of(columns.toArray(Column[]::new)).minRowHeight(6);
		for (LineView line : matrix.lines()) {
			Typeface face = line.computed() ? Typeface.GOTHIC : Typeface.MINCHO;
			List<Cell> cells = new ArrayList<>();
			String label = ((line.kind() == Figures.LineKind.PART) ? "　" : "") + line.label();
			cells.add(Cell.of(Text.of(label).in(face)));
			line.cells().forEach((value) -> cells.add(Cell.of(Text.of(number(value)).in(face))));
			table.row(cells.toArray(Cell[]::new));
		}
		return table;
	}

	private Table companies(StatisticsSection section, CompanyListView list) {
		List<Column> columns = new ArrayList<>();
		if (list.numbered()) {
			columns.add(Column.of("", 0.6f).aligned(Align.CENTER));
		}
		for (int i = 0; i < list.order().size(); i++) {
			CompanyLayout.Column column = list.order().get(i);
			String label = list.columns().get(i);
			columns.add(switch (column) {
				case NAME -> Column.of(label, 3.5f);
				case COUNT -> Column.of(label, 1.3f).aligned(Align.RIGHT);
				case DETAIL -> Column.of(label, (section == StatisticsSection.TAXI) ? 1.5f : 5);
			});
		}
		Table table = Table.of(columns.toArray(Column[]::new)).minRowHeight(6);
		int number = 1;
		for (CompanyLine line : list.rows()) {
			List<String> cells = new ArrayList<>();
			if (list.numbered()) {
				cells.add(Integer.toString(number++));
			}
			for (CompanyLayout.Column column : list.order()) {
				cells.add(switch (column) {
					case NAME -> line.name();
					case COUNT -> number(line.count());
					case DETAIL -> line.detail();
				});
			}
			table.row(cells.toArray(String[]::new));
		}
		return table;
	}

	private static String number(long value) {
		return String.format("%,d", value);
	}

}
