package jp.kyogikai.statistics;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.csv.CsvFileException;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.statistics.StatisticsCsvReader.Reading;
import jp.kyogikai.statistics.StatisticsImportResult.LineError;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a year's statistics from the CSV file of {@link StatisticsCsv}, all or nothing:
 * every line is checked before any table changes; the tables in the file replace those of
 * the year, the others stay as they are.
 */
@Service
public class StatisticsImportService {

	/** Larger files are refused before they are read. */
	static final int MAX_BYTES = 1024 * 1024;

	private final StatisticsService statistics;

	private final StatisticsLabels labels;

	StatisticsImportService(StatisticsService statistics, StatisticsLabels labels) {
		this.statistics = statistics;
		this.labels = labels;
	}

	/**
	 * Imports a file into an existing year.
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param user the signed-in user
	 * @param file the uploaded file
	 * @return the tables replaced, or the problems and nothing changed
	 * @throws StatisticsNotFoundException when there is no such year or the user may not
	 * see it
	 */
	@Transactional
	public StatisticsImportResult importCsv(Long municipalityId, FiscalYear fiscalYear, AccountPrincipal user,
			byte[] file) {
		Municipality municipality = this.statistics.municipality(municipalityId, user);
		if (!this.statistics.exists(municipality.getId(), fiscalYear)) {
			throw new StatisticsNotFoundException(fiscalYear.label());
		}
		return importInto(municipality, fiscalYear, file);
	}

	StatisticsImportResult importInto(Municipality municipality, FiscalYear fiscalYear, byte[] file) {
		if (file.length == 0) {
			return failed("statistics.import.empty");
		}
		if (file.length > MAX_BYTES) {
			return failed("statistics.import.tooLarge.file", MAX_BYTES / 1024);
		}
		Reading reading;
		try {
			reading = new StatisticsCsvReader(this.labels).read(StatisticsCsv.lines(ExcelCsv.decode(file)), fiscalYear,
					municipality.getName());
		}
		catch (CsvFileException ex) {
			// the csv module's messages leave {0} empty, their arguments follow
			List<Object> arguments = new ArrayList<>();
			arguments.add("");
			arguments.addAll(ex.arguments());
			return failed(ex.code(), arguments.toArray());
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			return failed("statistics.import.malformed");
		}
		if (!reading.errors().isEmpty()) {
			return new StatisticsImportResult(0, reading.errors());
		}
		this.statistics.apply(municipality.getId(), fiscalYear, reading.tables());
		return new StatisticsImportResult(reading.tables().size(), List.of());
	}

	private StatisticsImportResult failed(String code, Object... arguments) {
		return new StatisticsImportResult(0, List.of(new LineError(0, this.labels.text(code, arguments))));
	}

}
