package jp.kyogikai.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.statistics.StatisticsCsv.Line;
import jp.kyogikai.statistics.StatisticsImportResult.LineError;
import jp.kyogikai.statistics.rule.AgingRate;
import jp.kyogikai.statistics.rule.CompanyLayout;
import jp.kyogikai.statistics.rule.Count;
import jp.kyogikai.statistics.rule.Figures;
import jp.kyogikai.statistics.rule.MatrixLayout;
import jp.kyogikai.statistics.rule.MatrixLayout.PrintedRow;
import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;

/**
 * Reads the file {@link StatisticsCsv} describes and checks every line: the tables by
 * their titles, the column headings, the rows by their labels, every count, the computed
 * rows and columns where they are filled in. A table whose cells are all empty is left as
 * it is; a table with any problem is not read, and the problems name their lines.
 */
final class StatisticsCsvReader {

	/** A list of companies is at most this long. */
	static final int MAX_COMPANIES = 100;

	private static final String AGING_RATE = "AGING_RATE";

	private final StatisticsLabels labels;

	private final List<LineError> errors = new ArrayList<>();

	private final List<ParsedTable> tables = new ArrayList<>();

	StatisticsCsvReader(StatisticsLabels labels) {
		this.labels = labels;
	}

	/**
	 * Reads a file.
	 * @param lines the file's lines
	 * @param fiscalYear the year it is imported into (a 年度 line must name it)
	 * @param municipality the municipality's name (a 市町村 cell must name it)
	 * @return the tables read and the problems found, by line
	 */
	Reading read(List<Line> lines, FiscalYear fiscalYear, String municipality) {
		Set<StatisticsSection> seen = EnumSet.noneOf(StatisticsSection.class);
		Block block = null;
		boolean anyTable = false;
		for (Line line : lines) {
			if (line.blank()) {
				continue;
			}
			String first = StatisticsCsv.normalise(line.cell(0));
			if (first.equals(StatisticsCsv.YEAR)) {
				finish(block);
				block = null;
				checkYearLine(line, fiscalYear, municipality);
			}
			else if (first.equals(StatisticsCsv.TABLE)) {
				finish(block);
				anyTable = true;
				block = startBlock(line, seen);
			}
			else if (block == null) {
				error(line.number(), "statistics.import.beforeTable");
			}
			else {
				block.accept(line);
			}
		}
		finish(block);
		if (!anyTable && this.errors.isEmpty()) {
			error(0, "statistics.import.noTables");
		}
		List<LineError> sorted = new ArrayList<>(this.errors);
		sorted.sort(Comparator.comparingLong(LineError::line));
		return new Reading(sorted.isEmpty() ? List.copyOf(this.tables) : List.of(), sorted);
	}

	private void checkYearLine(Line line, FiscalYear fiscalYear, String municipality) {
		if (!StatisticsCsv.normalise(line.cell(1)).equals(StatisticsCsv.normalise(fiscalYear.label()))) {
			error(line.number(), "statistics.import.wrongYear", line.cell(1), fiscalYear.label());
		}
		if (StatisticsCsv.normalise(line.cell(2)).equals(StatisticsCsv.MUNICIPALITY) && !line.cell(3).isEmpty()
				&& !StatisticsCsv.normalise(line.cell(3)).equals(StatisticsCsv.normalise(municipality))) {
			error(line.number(), "statistics.import.wrongMunicipality", line.cell(3), municipality);
		}
	}

	private Block startBlock(Line line, Set<StatisticsSection> seen) {
		String title = StatisticsCsv.normalise(line.cell(1));
		StatisticsSection section = null;
		for (StatisticsSection candidate : StatisticsSection.values()) {
			if (StatisticsCsv.normalise(this.labels.title(candidate)).equals(title)) {
				section = candidate;
			}
		}
		if (section == null) {
			error(line.number(), "statistics.import.unknownTable", line.cell(1),
					String.join("、", Arrays.stream(StatisticsSection.values()).map(this.labels::title).toList()));
			return new SkippedBlock();
		}
		if (!seen.add(section)) {
			error(line.number(), "statistics.import.duplicateTable", this.labels.title(section));
			return new SkippedBlock();
		}
		String asOf = line.cell(3);
		if (asOf.length() > StatisticsTable.AS_OF_LENGTH) {
			error(line.number(), "statistics.import.asOfTooLong", this.labels.title(section),
					StatisticsTable.AS_OF_LENGTH);
		}
		return section.hasFigures() ? new MatrixBlock(section, line.number(), asOf) : new CompanyBlock(section, asOf);
	}

	private void finish(Block block) {
		if (block != null) {
			block.finish();
		}
	}

	private void error(long line, String code, Object... arguments) {
		this.errors.add(new LineError(line, this.labels.text(code, arguments)));
	}

	private static String format(long count) {
		return String.format("%,d", count);
	}

	/**
	 * The lines of one table.
	 */
	private interface Block {

		void accept(Line line);

		void finish();

	}

	/**
	 * A table that is not read (unknown or repeated): its lines are passed over.
	 */
	private static final class SkippedBlock implements Block {

		@Override
		public void accept(Line line) {
		}

		@Override
		public void finish() {
		}

	}

	private final class MatrixBlock implements Block {

		private final StatisticsSection section;

		private final MatrixLayout layout;

		private final long start;

		private final String asOf;

		private final int errorsBefore;

		private final Map<String, PrintedRow> rowsByLabel = new HashMap<>();

		private final Map<String, Line> rows = new LinkedHashMap<>();

		private boolean headerRead;

		private boolean skip;

		MatrixBlock(StatisticsSection section, long start, String asOf) {
			this.section = section;
			this.layout = section.matrix();
			this.start = start;
			this.asOf = asOf;
			this.errorsBefore = StatisticsCsvReader.this.errors.size();
			for (PrintedRow row : this.layout.printedRows()) {
				this.rowsByLabel.put(StatisticsCsv.normalise(StatisticsCsvReader.this.labels.row(section, row.key())),
						row);
			}
			if (section == StatisticsSection.POPULATION) {
				PrintedRow rate = new PrintedRow(AGING_RATE, Figures.LineKind.TOTAL);
				this.rowsByLabel.put(StatisticsCsv.normalise(StatisticsCsvReader.this.labels.agingRate()), rate);
				this.rowsByLabel.put(StatisticsCsv.normalise(StatisticsCsvReader.this.labels.agingRateWithUnit()),
						rate);
			}
		}

		@Override
		public void accept(Line line) {
			if (this.skip) {
				return;
			}
			if (!this.headerRead) {
				this.headerRead = true;
				header(line);
				return;
			}
			String label = line.cell(0);
			PrintedRow row = this.rowsByLabel.get(StatisticsCsv.normalise(label));
			if (row == null) {
				error(line.number(), "statistics.import.unknownRow", label, title(),
						String.join("、", this.layout.printedRows().stream().map((r) -> rowLabel(r.key())).toList()));
				return;
			}
			if (this.rows.containsKey(row.key())) {
				error(line.number(), "statistics.import.duplicateRow", rowLabel(row.key()), title());
				return;
			}
			int width = AGING_RATE.equals(row.key()) ? 1
					: this.layout.columns().size() + (this.layout.totalColumn() ? 1 : 0);
			if (line.cells().size() > width + 1) {
				error(line.number(), "statistics.import.extraCells", line.cells().size() - 1, width);
				return;
			}
			this.rows.put(row.key(), line);
		}

		private void header(Line line) {
			List<String> expected = new ArrayList<>();
			this.layout.columns().forEach((column) -> expected.add(columnLabel(column)));
			List<String> given = line.cells().subList(Math.min(1, line.cells().size()), line.cells().size());
			boolean matches = matches(given, expected);
			if (!matches && this.layout.totalColumn()) {
				List<String> withTotal = new ArrayList<>(expected);
				withTotal.add(columnLabel(MatrixLayout.TOTAL));
				matches = matches(given, withTotal);
			}
			if (!matches) {
				error(line.number(), "statistics.import.header", title(), String.join(", ", expected));
				this.skip = true;
			}
		}

		@Override
		public void finish() {
			if (this.skip || allBlank()) {
				return;
			}
			for (String row : this.layout.rows()) {
				if (!this.rows.containsKey(row)) {
					error(this.start, "statistics.import.missingRow", title(), rowLabel(row));
				}
			}
			Map<Position, Long> counts = new LinkedHashMap<>();
			for (Position position : this.layout.positions()) {
				Line line = this.rows.get(position.row());
				if (line == null) {
					continue;
				}
				String raw = line.cell(1 + this.layout.columns().indexOf(position.column()));
				Count.Result count = Count.parse(raw);
				if (count.ok()) {
					counts.put(position, count.value());
				}
				else {
					countError(line.number(), StatisticsCsvReader.this.labels.cell(this.section, position), raw,
							count.problem());
				}
			}
			if (StatisticsCsvReader.this.errors.size() > this.errorsBefore) {
				return;
			}
			Figures figures = Figures.of(this.layout, counts);
			checkComputed(figures);
			if (this.section == StatisticsSection.POPULATION) {
				checkPopulation(figures);
			}
			if (StatisticsCsvReader.this.errors.size() == this.errorsBefore) {
				StatisticsCsvReader.this.tables
					.add(new ParsedTable(this.section, this.asOf.isEmpty() ? null : this.asOf, counts, List.of()));
			}
		}

		private void checkComputed(Figures figures) {
			for (PrintedRow row : this.layout.printedRows()) {
				Line line = this.rows.get(row.key());
				if (line == null) {
					continue;
				}
				List<String> columns = new ArrayList<>(this.layout.columns());
				if (this.layout.totalColumn()) {
					columns.add(MatrixLayout.TOTAL);
				}
				for (int i = 0; i < columns.size(); i++) {
					String column = columns.get(i);
					boolean computed = row.computed() || MatrixLayout.TOTAL.equals(column);
					String raw = line.cell(1 + i);
					if (!computed || raw.isEmpty()) {
						continue;
					}
					long expected = MatrixLayout.TOTAL.equals(column) ? figures.rowTotal(row.key())
							: figures.cell(row.key(), column);
					Count.Result given = Count.parse(raw);
					String cell = rowLabel(row.key()) + "・" + columnLabel(column);
					if (!given.ok()) {
						countError(line.number(), cell, raw, given.problem());
					}
					else if (given.value() != expected) {
						error(line.number(), "statistics.import.totalMismatch", cell, format(given.value()),
								format(expected));
					}
				}
			}
		}

		private void checkPopulation(Figures figures) {
			long population = figures.count(AgingRate.POPULATION, AgingRate.PERSONS);
			long aged = figures.count(AgingRate.AGED_65_AND_OVER, AgingRate.PERSONS);
			if (!AgingRate.plausible(aged, population)) {
				error(this.rows.get(AgingRate.AGED_65_AND_OVER).number(), "statistics.population.agedExceeds",
						rowLabel(AgingRate.AGED_65_AND_OVER), format(aged), rowLabel(AgingRate.POPULATION),
						format(population));
				return;
			}
			Line rate = this.rows.get(AGING_RATE);
			if (rate != null && !rate.cell(1).isEmpty()) {
				String computed = AgingRate.percent(aged, population).map(BigDecimal::toPlainString).orElse("");
				String given = StatisticsCsv.normalise(rate.cell(1)).replace("%", "");
				if (!given.equals(computed)) {
					error(rate.number(), "statistics.import.agingRateMismatch", rate.cell(1), computed);
				}
			}
		}

		private boolean allBlank() {
			return this.rows.values()
				.stream()
				.allMatch((line) -> line.cells().stream().skip(1).allMatch(String::isEmpty));
		}

		private String title() {
			return StatisticsCsvReader.this.labels.title(this.section);
		}

		private String rowLabel(String row) {
			return AGING_RATE.equals(row) ? StatisticsCsvReader.this.labels.agingRate()
					: StatisticsCsvReader.this.labels.row(this.section, row);
		}

		private String columnLabel(String column) {
			return StatisticsCsvReader.this.labels.column(this.section, column);
		}

	}

	private final class CompanyBlock implements Block {

		private final StatisticsSection section;

		private final CompanyLayout layout;

		private final String asOf;

		private final int errorsBefore;

		private final List<CompanyLine> lines = new ArrayList<>();

		private boolean headerRead;

		private boolean skip;

		CompanyBlock(StatisticsSection section, String asOf) {
			this.section = section;
			this.layout = section.companies();
			this.asOf = asOf;
			this.errorsBefore = StatisticsCsvReader.this.errors.size();
		}

		@Override
		public void accept(Line line) {
			if (this.skip) {
				return;
			}
			List<String> expected = this.layout.columns().stream().map(this::label).toList();
			if (!this.headerRead) {
				this.headerRead = true;
				if (!matches(line.cells(), expected)) {
					error(line.number(), "statistics.import.header", title(), String.join(", ", expected));
					this.skip = true;
				}
				return;
			}
			if (line.cells().size() > expected.size()) {
				error(line.number(), "statistics.import.extraCells", line.cells().size(), expected.size());
				return;
			}
			if (this.lines.size() >= MAX_COMPANIES) {
				error(line.number(), "statistics.import.tooManyCompanies", title(), MAX_COMPANIES);
				return;
			}
			String name = line.cell(this.layout.columns().indexOf(CompanyLayout.Column.NAME));
			String rawCount = line.cell(this.layout.columns().indexOf(CompanyLayout.Column.COUNT));
			String detail = line.cell(this.layout.columns().indexOf(CompanyLayout.Column.DETAIL));
			int before = StatisticsCsvReader.this.errors.size();
			if (name.isEmpty()) {
				error(line.number(), "statistics.import.companyName.blank", label(CompanyLayout.Column.NAME));
			}
			else if (name.length() > CompanyLine.NAME_LENGTH) {
				error(line.number(), "statistics.import.tooLong", label(CompanyLayout.Column.NAME),
						CompanyLine.NAME_LENGTH);
			}
			if (detail.length() > CompanyLine.DETAIL_LENGTH) {
				error(line.number(), "statistics.import.tooLong", label(CompanyLayout.Column.DETAIL),
						CompanyLine.DETAIL_LENGTH);
			}
			Count.Result count = Count.parse(rawCount);
			if (!count.ok()) {
				countError(line.number(), label(CompanyLayout.Column.COUNT), rawCount, count.problem());
			}
			if (StatisticsCsvReader.this.errors.size() == before) {
				this.lines.add(new CompanyLine(name, count.value(), detail));
			}
		}

		@Override
		public void finish() {
			if (this.skip || this.lines.isEmpty() || StatisticsCsvReader.this.errors.size() > this.errorsBefore) {
				return;
			}
			StatisticsCsvReader.this.tables
				.add(new ParsedTable(this.section, this.asOf.isEmpty() ? null : this.asOf, Map.of(), this.lines));
		}

		private String title() {
			return StatisticsCsvReader.this.labels.title(this.section);
		}

		private String label(CompanyLayout.Column column) {
			return StatisticsCsvReader.this.labels.column(this.section, column);
		}

	}

	private void countError(long line, String cell, String raw, Count.Problem problem) {
		switch (problem) {
			case BLANK -> error(line, "statistics.import.blank", cell);
			case INVALID -> error(line, "statistics.import.invalid", cell, raw);
			case TOO_LARGE -> error(line, "statistics.import.tooLarge", cell, format(Count.MAX));
		}
	}

	/**
	 * What a file holds.
	 *
	 * @param tables the tables read, empty when there are problems
	 * @param errors the problems by line, empty when the file can be imported
	 */
	record Reading(List<ParsedTable> tables, List<LineError> errors) {

	}

	private static boolean matches(List<String> given, List<String> expected) {
		if (given.size() != expected.size()) {
			return false;
		}
		for (int i = 0; i < given.size(); i++) {
			if (!StatisticsCsv.normalise(given.get(i)).equals(StatisticsCsv.normalise(expected.get(i)))) {
				return false;
			}
		}
		return true;
	}

}
