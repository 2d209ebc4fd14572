package jp.kyogikai.statistics;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.MunicipalityRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a year's statistics from a CSV file without a signed-in user (installation
 * set-up and demo data).
 */
@Service
@Transactional
public class StatisticsSetupService {

	private final StatisticsYearRepository years;

	private final MunicipalityRepository municipalities;

	private final StatisticsImportService imports;

	StatisticsSetupService(StatisticsYearRepository years, MunicipalityRepository municipalities,
			StatisticsImportService imports) {
		this.years = years;
		this.municipalities = municipalities;
		this.imports = imports;
	}

	/**
	 * Creates the year and fills it from the file, unless the year exists.
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param csv the file, as {@link StatisticsCsv} describes it
	 * @return {@code true} when the year was created
	 * @throws IllegalArgumentException when the file has problems (nothing is created)
	 */
	public boolean load(long municipalityId, FiscalYear fiscalYear, byte[] csv) {
		if (this.years.existsByMunicipalityIdAndFiscalYear(municipalityId, fiscalYear.startYear())) {
			return false;
		}
		Municipality municipality = this.municipalities.findById(municipalityId).orElseThrow();
		this.years.saveAndFlush(new StatisticsYear(municipalityId, fiscalYear));
		StatisticsImportResult result = this.imports.importInto(municipality, fiscalYear, csv);
		if (!result.succeeded()) {
			throw new IllegalArgumentException("Statistics of " + municipality.getName() + " " + fiscalYear.label()
					+ " cannot be loaded: " + result.errors());
		}
		return true;
	}

}
