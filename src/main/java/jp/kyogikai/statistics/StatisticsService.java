package jp.kyogikai.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.MunicipalityRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.statistics.YearStatistics.CompanyListView;
import jp.kyogikai.statistics.YearStatistics.LineView;
import jp.kyogikai.statistics.YearStatistics.MatrixView;
import jp.kyogikai.statistics.YearStatistics.TableView;
import jp.kyogikai.statistics.rule.AgingRate;
import jp.kyogikai.statistics.rule.CompanyLayout;
import jp.kyogikai.statistics.rule.Figures;
import jp.kyogikai.statistics.rule.MatrixLayout;
import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's statistics for its own staff (SECRETARIAT) and the administrator; for
 * anyone else, and for another municipality's staff, a year is a 404
 * ({@link StatisticsNotFoundException}) whether it exists or not.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

	/** A new year may be created this many years back. */
	static final int YEARS_BACK = 10;

	private final StatisticsYearRepository years;

	private final StatisticsTableRepository tables;

	private final MunicipalityRepository municipalities;

	private final StatisticsLabels labels;

	private final Clock clock;

	StatisticsService(StatisticsYearRepository years, StatisticsTableRepository tables,
			MunicipalityRepository municipalities, StatisticsLabels labels, Clock clock) {
		this.years = years;
		this.tables = tables;
		this.municipalities = municipalities;
		this.labels = labels;
		this.clock = clock;
	}

	/**
	 * The years the user may see: for staff their municipality's, for the administrator
	 * one municipality's or, without one, every municipality's.
	 * @param user the signed-in user
	 * @param municipalityId the municipality asked for, or {@code null} for the user's
	 * own (the administrator: all)
	 * @return per municipality its years, newest first
	 */
	public List<MunicipalityYears> index(AccountPrincipal user, Long municipalityId) {
		if (municipalityId == null && user.is(Role.ADMIN)) {
			return this.municipalities.findAll(Sort.by("code"))
				.stream()
				.map((municipality) -> years(municipality))
				.toList();
		}
		return List.of(years(municipality((municipalityId != null) ? municipalityId : user.municipalityId(), user)));
	}

	/**
	 * The 年度 a new year may be created for: from {@value #YEARS_BACK} years back to next
	 * year, those not yet created, newest first.
	 * @param municipalityId the municipality
	 * @param user the signed-in user
	 * @return the years
	 */
	public List<FiscalYear> creatableYears(Long municipalityId, AccountPrincipal user) {
		Municipality municipality = municipality(municipalityId, user);
		FiscalYear current = currentFiscalYear();
		List<FiscalYear> existing = yearsOf(municipality.getId());
		List<FiscalYear> creatable = new ArrayList<>();
		for (int year = current.startYear() + 1; year >= current.startYear() - YEARS_BACK; year--) {
			FiscalYear candidate = new FiscalYear(year);
			if (!existing.contains(candidate)) {
				creatable.add(candidate);
			}
		}
		return creatable;
	}

	/**
	 * The 年度 of today, the one a new year usually is.
	 * @return the current 年度
	 */
	public FiscalYear currentFiscalYear() {
		return FiscalYear.of(LocalDate.now(this.clock));
	}

	/**
	 * A year's statistics with every table, its labels and totals.
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param user the signed-in user
	 * @return the statistics
	 * @throws StatisticsNotFoundException when there is no such year or the user may not
	 * see it
	 */
	public YearStatistics year(Long municipalityId, FiscalYear fiscalYear, AccountPrincipal user) {
		Municipality municipality = municipality(municipalityId, user);
		return view(municipality, find(municipality.getId(), fiscalYear));
	}

	/**
	 * Starts a year, with empty tables or with the tables of the latest earlier year.
	 * @param municipalityId the municipality
	 * @param fiscalYear the new 年度
	 * @param copyPrevious whether to copy the latest earlier year
	 * @param user the signed-in user
	 * @return the year copied from, empty when the tables start empty
	 * @throws YearRejectedException when the year exists, is out of range, or there is
	 * nothing to copy
	 */
	@Transactional
	public Optional<FiscalYear> create(Long municipalityId, FiscalYear fiscalYear, boolean copyPrevious,
			AccountPrincipal user) {
		Municipality municipality = municipality(municipalityId, user);
		long id = municipality.getId();
		if (this.years.existsByMunicipalityIdAndFiscalYear(id, fiscalYear.startYear())) {
			throw new YearRejectedException("statistics.year.exists", fiscalYear.label());
		}
		if (!creatableYears(id, user).contains(fiscalYear)) {
			throw new YearRejectedException("statistics.year.outOfRange", fiscalYear.label());
		}
		StatisticsYear source = null;
		if (copyPrevious) {
			source = this.years
				.findFirstByMunicipalityIdAndFiscalYearLessThanOrderByFiscalYearDesc(id, fiscalYear.startYear())
				.orElseThrow(() -> new YearRejectedException("statistics.year.nothingToCopy", fiscalYear.label()));
		}
		StatisticsYear year = new StatisticsYear(id, fiscalYear);
		if (source != null) {
			for (StatisticsTable from : source.getTables()) {
				StatisticsTable to = year.table(from.getSection()).orElseThrow();
				if (from.getSection().hasFigures()) {
					Figures figures = from.figures();
					if (figures != null) {
						to.replaceFigures(from.getAsOf(), figures.counts());
					}
				}
				else {
					to.replaceCompanies(from.getAsOf(), from.companyLines());
				}
			}
		}
		this.years.saveAndFlush(year);
		return Optional.ofNullable(source).map(StatisticsYear::getFiscalYear);
	}

	/**
	 * Saves a table of counts.
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param section a table of counts
	 * @param user the signed-in user
	 * @param asOf its 時点
	 * @param version the version the edit started from
	 * @param counts every cell
	 * @throws ObjectOptimisticLockingFailureException when someone saved the table first
	 */
	@Transactional
	public void saveFigures(Long municipalityId, FiscalYear fiscalYear, StatisticsSection section,
			AccountPrincipal user, String asOf, long version, Map<Position, Long> counts) {
		StatisticsTable table = tableForUpdate(municipalityId, fiscalYear, section, user, version);
		table.replaceFigures(asOf, counts);
		this.tables.flush();
	}

	/**
	 * Saves a list of companies.
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param section a list of companies
	 * @param user the signed-in user
	 * @param asOf its 時点
	 * @param version the version the edit started from
	 * @param lines the companies, in order
	 * @throws ObjectOptimisticLockingFailureException when someone saved the table first
	 */
	@Transactional
	public void saveCompanies(Long municipalityId, FiscalYear fiscalYear, StatisticsSection section,
			AccountPrincipal user, String asOf, long version, List<CompanyLine> lines) {
		StatisticsTable table = tableForUpdate(municipalityId, fiscalYear, section, user, version);
		table.replaceCompanies(asOf, lines);
		this.tables.flush();
	}

	/**
	 * Deletes a year with all its tables (kept in the audit history).
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param user the signed-in user
	 */
	@Transactional
	public void delete(Long municipalityId, FiscalYear fiscalYear, AccountPrincipal user) {
		Municipality municipality = municipality(municipalityId, user);
		this.years.delete(find(municipality.getId(), fiscalYear));
	}

	/**
	 * Writes the tables of an import or of the set-up, each as a whole.
	 * @param municipalityId the municipality, already checked
	 * @param fiscalYear an existing 年度
	 * @param parsed the tables read
	 */
	void apply(long municipalityId, FiscalYear fiscalYear, List<ParsedTable> parsed) {
		for (ParsedTable table : parsed) {
			StatisticsTable entity = this.tables.findForUpdate(municipalityId, fiscalYear.startYear(), table.section())
				.orElseThrow(() -> new StatisticsNotFoundException(fiscalYear.label()));
			if (table.section().hasFigures()) {
				entity.replaceFigures(table.asOf(), table.counts());
			}
			else {
				entity.replaceCompanies(table.asOf(), table.companies());
			}
		}
		this.tables.flush();
	}

	/**
	 * The municipality, if the user may see its statistics.
	 * @param municipalityId the municipality asked for
	 * @param user the signed-in user
	 * @return the municipality
	 * @throws StatisticsNotFoundException otherwise
	 */
	Municipality municipality(Long municipalityId, AccountPrincipal user) {
		if (!mayRead(municipalityId, user)) {
			throw new StatisticsNotFoundException("市町村 " + municipalityId);
		}
		return this.municipalities.findById(municipalityId)
			.orElseThrow(() -> new StatisticsNotFoundException("市町村 " + municipalityId));
	}

	boolean exists(long municipalityId, FiscalYear fiscalYear) {
		return this.years.existsByMunicipalityIdAndFiscalYear(municipalityId, fiscalYear.startYear());
	}

	/**
	 * Whether the user may read the municipality's statistics: its staff and the
	 * administrator.
	 */
	static boolean mayRead(Long municipalityId, AccountPrincipal user) {
		return municipalityId != null
				&& (user.is(Role.ADMIN) || (user.is(Role.SECRETARIAT) && municipalityId.equals(user.municipalityId())));
	}

	/**
	 * The 年度 of a municipality's statistics between two that the user may read, the
	 * latest first; none for a user who may not read them.
	 */
	List<FiscalYear> years(long municipalityId, FiscalYear from, FiscalYear to, AccountPrincipal user) {
		if (!mayRead(municipalityId, user)) {
			return List.of();
		}
		return this.years.fiscalYears(municipalityId, from.startYear(), to.startYear())
			.stream()
			.map(FiscalYear::new)
			.toList();
	}

	private StatisticsTable tableForUpdate(Long municipalityId, FiscalYear fiscalYear, StatisticsSection section,
			AccountPrincipal user, long version) {
		Municipality municipality = municipality(municipalityId, user);
		StatisticsTable table = this.tables.findForUpdate(municipality.getId(), fiscalYear.startYear(), section)
			.orElseThrow(() -> new StatisticsNotFoundException(fiscalYear.label()));
		if (table.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(StatisticsTable.class, table.getId());
		}
		return table;
	}

	private StatisticsYear find(long municipalityId, FiscalYear fiscalYear) {
		return this.years.findByMunicipalityIdAndFiscalYear(municipalityId, fiscalYear.startYear())
			.orElseThrow(() -> new StatisticsNotFoundException(fiscalYear.label()));
	}

	private MunicipalityYears years(Municipality municipality) {
		return new MunicipalityYears(municipality.getId(), municipality.getName(), yearsOf(municipality.getId()));
	}

	private List<FiscalYear> yearsOf(long municipalityId) {
		return this.years.findByMunicipalityIdOrderByFiscalYearDesc(municipalityId)
			.stream()
			.map(StatisticsYear::getFiscalYear)
			.toList();
	}

	YearStatistics view(Municipality municipality, StatisticsYear year) {
		List<TableView> views = new ArrayList<>();
		for (StatisticsSection section : StatisticsSection.values()) {
			StatisticsTable table = year.table(section).orElseThrow();
			views.add(view(section, table));
		}
		return new YearStatistics(municipality.getId(), municipality.getName(), year.getFiscalYear(), views);
	}

	private TableView view(StatisticsSection section, StatisticsTable table) {
		String groupTitle = (section.group() != null && section.numberInGroup() == 1)
				? this.labels.group(section.group()) : null;
		MatrixView matrix = null;
		CompanyListView companies = null;
		if (section.hasFigures()) {
			MatrixLayout layout = section.matrix();
			List<String> columns = new ArrayList<>();
			layout.columns().forEach((column) -> columns.add(this.labels.column(section, column)));
			if (layout.totalColumn()) {
				columns.add(this.labels.column(section, MatrixLayout.TOTAL));
			}
			Figures figures = table.figures();
			List<LineView> lines = (figures != null)
					? figures.lines()
						.stream()
						.map((line) -> new LineView(this.labels.row(section, line.row()), line.kind(), line.cells()))
						.toList()
					: layout.printedRows()
						.stream()
						.map((row) -> new LineView(this.labels.row(section, row.key()), row.kind(), List.of()))
						.toList();
			String agingRate = (section == StatisticsSection.POPULATION && figures != null)
					? AgingRate.of(figures).map(BigDecimal::toPlainString).orElse(null) : null;
			matrix = new MatrixView(this.labels.corner(section), columns, figures, lines, agingRate);
		}
		else {
			CompanyLayout layout = section.companies();
			companies = new CompanyListView(layout.columns(),
					layout.columns().stream().map((column) -> this.labels.column(section, column)).toList(),
					layout.numbered(), table.companyLines());
		}
		return new TableView(section, this.labels.title(section), groupTitle, section.numberInGroup(), table.getAsOf(),
				this.labels.unit(section), table.getVersion(), matrix, companies);
	}

	/**
	 * A municipality and the years of its statistics.
	 *
	 * @param municipalityId the municipality
	 * @param name its name
	 * @param years its years, newest first
	 */
	public record MunicipalityYears(long municipalityId, String name, List<FiscalYear> years) {

	}

	/**
	 * A new year cannot be created; the message code names why, its argument the year.
	 */
	public static class YearRejectedException extends RuntimeException {

		private final String code;

		private final String year;

		YearRejectedException(String code, String year) {
			super(code + ": " + year);
			this.code = code;
			this.year = year;
		}

		public String code() {
			return this.code;
		}

		public String year() {
			return this.year;
		}

	}

}
