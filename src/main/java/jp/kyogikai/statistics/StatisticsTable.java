package jp.kyogikai.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import jp.kyogikai.statistics.rule.Figures;
import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;
import org.hibernate.envers.Audited;

/**
 * One table of a year's statistics: its 時点 as the document writes it (令和7年5月末現在, 令和6年度実績,
 * 長野県タクシー協会HP参考) and either its counts, one {@link StatisticsFigure} per entered cell, or
 * its companies. A table of counts has every cell or none (not yet entered). Its version
 * guards each edit of the table as a whole.
 */
@Entity
@Audited
class StatisticsTable {

	/** The longest 時点 text. */
	static final int AS_OF_LENGTH = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "year_id")
	private StatisticsYear year;

	@Enumerated(EnumType.STRING)
	private StatisticsSection section;

	private String asOf;

	@OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<StatisticsFigure> figures = new ArrayList<>();

	@OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<StatisticsCompany> companies = new ArrayList<>();

	protected StatisticsTable() {
	}

	StatisticsTable(StatisticsYear year, StatisticsSection section) {
		this.year = year;
		this.section = section;
	}

	/**
	 * Replaces the counts, changing only the cells that differ.
	 * @param asOf the 時点, blank for none
	 * @param counts every cell of the layout
	 */
	void replaceFigures(String asOf, Map<Position, Long> counts) {
		Figures.of(this.section.matrix(), counts);
		this.asOf = blankToNull(asOf);
		Map<Position, StatisticsFigure> existing = new HashMap<>();
		this.figures.forEach((figure) -> existing.put(figure.position(), figure));
		this.figures.removeIf((figure) -> !counts.containsKey(figure.position()));
		counts.forEach((position, count) -> {
			StatisticsFigure figure = existing.get(position);
			if (figure != null) {
				figure.setCount(count.intValue());
			}
			else {
				this.figures.add(new StatisticsFigure(this, position, count.intValue()));
			}
		});
	}

	/**
	 * Replaces the companies, row by row in their order.
	 * @param asOf the 時点, blank for none
	 * @param lines the companies, top to bottom
	 */
	void replaceCompanies(String asOf, List<CompanyLine> lines) {
		this.section.companies();
		this.asOf = blankToNull(asOf);
		while (this.companies.size() > lines.size()) {
			this.companies.remove(this.companies.size() - 1);
		}
		for (int i = 0; i < lines.size(); i++) {
			CompanyLine line = lines.get(i);
			if (i < this.companies.size()) {
				this.companies.get(i).update(line);
			}
			else {
				this.companies.add(new StatisticsCompany(this, i + 1, line));
			}
		}
	}

	/**
	 * The counts, if entered.
	 * @return the figures, {@code null} when the table has none yet
	 */
	Figures figures() {
		if (this.figures.isEmpty()) {
			return null;
		}
		Map<Position, Long> counts = new HashMap<>();
		this.figures.forEach((figure) -> counts.put(figure.position(), (long) figure.getCount()));
		return Figures.of(this.section.matrix(), counts);
	}

	List<CompanyLine> companyLines() {
		return this.companies.stream().map(StatisticsCompany::line).toList();
	}

	boolean isEntered() {
		return !this.figures.isEmpty() || !this.companies.isEmpty();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	StatisticsYear getYear() {
		return this.year;
	}

	StatisticsSection getSection() {
		return this.section;
	}

	String getAsOf() {
		return this.asOf;
	}

}
