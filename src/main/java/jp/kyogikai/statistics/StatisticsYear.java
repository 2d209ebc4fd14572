package jp.kyogikai.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.statistics.rule.StatisticsSection;
import org.hibernate.envers.Audited;

/**
 * A municipality's statistics of one 年度: one {@link StatisticsTable} per
 * {@link StatisticsSection}, created with the year. The municipality is referred to by
 * id.
 */
@Entity
@Audited
class StatisticsYear {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long municipalityId;

	/** The calendar year in which the 年度 starts (2025 for 令和7年度). */
	private int fiscalYear;

	@OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<StatisticsTable> tables = new ArrayList<>();

	protected StatisticsYear() {
	}

	StatisticsYear(long municipalityId, FiscalYear fiscalYear) {
		this.municipalityId = municipalityId;
		this.fiscalYear = fiscalYear.startYear();
		for (StatisticsSection section : StatisticsSection.values()) {
			this.tables.add(new StatisticsTable(this, section));
		}
	}

	Optional<StatisticsTable> table(StatisticsSection section) {
		return this.tables.stream().filter((table) -> table.getSection() == section).findFirst();
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	long getMunicipalityId() {
		return this.municipalityId;
	}

	FiscalYear getFiscalYear() {
		return new FiscalYear(this.fiscalYear);
	}

	List<StatisticsTable> getTables() {
		return this.tables;
	}

}
