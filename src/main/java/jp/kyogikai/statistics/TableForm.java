package jp.kyogikai.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import jp.kyogikai.statistics.YearStatistics.TableView;
import jp.kyogikai.statistics.rule.AgingRate;
import jp.kyogikai.statistics.rule.CompanyLayout;
import jp.kyogikai.statistics.rule.Count;
import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;

import org.springframework.validation.Errors;

/**
 * One table as staff edit it: its 時点 and either its counts (text as typed, one per cell,
 * keyed {@code ROW-COLUMN}) or its companies (blank rows are dropped).
 */
public class TableForm {

	/** Blank rows offered below the companies, for adding. */
	static final int BLANK_COMPANY_ROWS = 3;

	@Size(max = StatisticsTable.AS_OF_LENGTH)
	private String asOf;

	private long version;

	private Map<String, String> cells = new LinkedHashMap<>();

	private List<CompanyRow> companies = new ArrayList<>();

	static TableForm of(TableView table) {
		TableForm form = new TableForm();
		form.asOf = table.asOf();
		form.version = table.version();
		StatisticsSection section = table.section();
		if (section.hasFigures()) {
			for (Position position : section.matrix().positions()) {
				String value = (table.matrix().figures() != null)
						? Long.toString(table.matrix().figures().count(position.row(), position.column())) : "";
				form.cells.put(key(position), value);
			}
		}
		else {
			for (CompanyLine line : table.companies().rows()) {
				form.companies.add(new CompanyRow(line.name(), Long.toString(line.count()), line.detail()));
			}
			form.addBlankRows();
		}
		return form;
	}

	/**
	 * The form field of a cell.
	 * @param position the cell
	 * @return {@code ROW-COLUMN}
	 */
	static String key(Position position) {
		return position.row() + "-" + position.column();
	}

	/**
	 * Reads the counts, putting each problem on its cell.
	 * @param section a table of counts
	 * @param errors where to report
	 * @param labels the cells' names
	 * @return every cell's count, or {@code null} when there is a problem
	 */
	Map<Position, Long> counts(StatisticsSection section, Errors errors, StatisticsLabels labels) {
		Map<Position, Long> counts = new LinkedHashMap<>();
		for (Position position : section.matrix().positions()) {
			String field = "cells[" + key(position) + "]";
			Count.Result count = Count.parse(this.cells.get(key(position)));
			if (count.ok()) {
				counts.put(position, count.value());
			}
			else {
				reject(errors, field, labels.cell(section, position), count.problem());
			}
		}
		if (section == StatisticsSection.POPULATION && errors.getErrorCount() == 0) {
			long population = counts.get(new Position(AgingRate.POPULATION, AgingRate.PERSONS));
			long aged = counts.get(new Position(AgingRate.AGED_65_AND_OVER, AgingRate.PERSONS));
			if (!AgingRate.plausible(aged, population)) {
				errors
					.rejectValue("cells[" + key(new Position(AgingRate.AGED_65_AND_OVER, AgingRate.PERSONS)) + "]",
							"statistics.population.agedExceeds",
							new Object[] { labels.row(section, AgingRate.AGED_65_AND_OVER), String.format("%,d", aged),
									labels.row(section, AgingRate.POPULATION), String.format("%,d", population) },
							null);
			}
		}
		return errors.hasErrors() ? null : counts;
	}

	/**
	 * Reads the companies, dropping rows left blank, putting each problem on its field; a
	 * message names the row by its number on the page.
	 * @param section a list of companies
	 * @param errors where to report
	 * @param labels the columns' names
	 * @return the companies, or {@code null} when there is a problem
	 */
	List<CompanyLine> companyLines(StatisticsSection section, Errors errors, StatisticsLabels labels) {
		List<CompanyLine> lines = new ArrayList<>();
		String nameLabel = labels.column(section, CompanyLayout.Column.NAME);
		String countLabel = labels.column(section, CompanyLayout.Column.COUNT);
		String detailLabel = labels.column(section, CompanyLayout.Column.DETAIL);
		for (int i = 0; i < this.companies.size(); i++) {
			CompanyRow row = this.companies.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			int number = i + 1;
			String prefix = "companies[" + i + "].";
			String name = (row.getName() != null) ? row.getName().strip() : "";
			if (name.isEmpty()) {
				errors.rejectValue(prefix + "name", "statistics.company.name.blank", new Object[] { number, nameLabel },
						null);
			}
			else if (name.length() > CompanyLine.NAME_LENGTH) {
				errors.rejectValue(prefix + "name", "statistics.company.tooLong",
						new Object[] { number, nameLabel, CompanyLine.NAME_LENGTH }, null);
			}
			if (row.getDetail() != null && row.getDetail().strip().length() > CompanyLine.DETAIL_LENGTH) {
				errors.rejectValue(prefix + "detail", "statistics.company.tooLong",
						new Object[] { number, detailLabel, CompanyLine.DETAIL_LENGTH }, null);
			}
			Count.Result count = Count.parse(row.getCount());
			if (!count.ok()) {
				reject(errors, prefix + "count", labels.text("statistics.company.cell", number, countLabel),
						count.problem());
			}
			if (!errors.hasErrors()) {
				lines.add(new CompanyLine(name, count.value(), row.getDetail()));
			}
		}
		if (lines.size() > StatisticsCsvReader.MAX_COMPANIES) {
			errors.reject("statistics.company.tooMany", new Object[] { StatisticsCsvReader.MAX_COMPANIES }, null);
		}
		return errors.hasErrors() ? null : lines;
	}

	/**
	 * Offers blank rows below the companies again after an error.
	 */
	void addBlankRows() {
		for (int i = 0; i < BLANK_COMPANY_ROWS; i++) {
			this.companies.add(new CompanyRow(null, null, null));
		}
	}

	private static void reject(Errors errors, String field, String cell, Count.Problem problem) {
		String code = switch (problem) {
			case BLANK -> "statistics.count.blank";
			case INVALID -> "statistics.count.invalid";
			case TOO_LARGE -> "statistics.count.tooLarge";
		};
		errors.rejectValue(field, code, new Object[] { cell, String.format("%,d", Count.MAX) }, null);
	}

	public String getAsOf() {
		return this.asOf;
	}

	public void setAsOf(String asOf) {
		this.asOf = asOf;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Map<String, String> getCells() {
		return this.cells;
	}

	public void setCells(Map<String, String> cells) {
		this.cells = cells;
	}

	public List<CompanyRow> getCompanies() {
		return this.companies;
	}

	public void setCompanies(List<CompanyRow> companies) {
		this.companies = companies;
	}

	/**
	 * A row of a list of companies as typed.
	 */
	public static class CompanyRow {

		private String name;

		private String count;

		private String detail;

		public CompanyRow() {
		}

		CompanyRow(String name, String count, String detail) {
			this.name = name;
			this.count = count;
			this.detail = detail;
		}

		boolean blank() {
			return isBlank(this.name) && isBlank(this.count) && isBlank(this.detail);
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getCount() {
			return this.count;
		}

		public void setCount(String count) {
			this.count = count;
		}

		public String getDetail() {
			return this.detail;
		}

		public void setDetail(String detail) {
			this.detail = detail;
		}

	}

}
