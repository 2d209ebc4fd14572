package jp.kyogikai.statistics;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

/**
 * The statistics pages' URLs: {@code /statistics/{year}} is the user's own municipality's
 * year; the administrator names the municipality with {@code ?municipality=}.
 */
final class StatisticsLinks {

	/** The first 年度 the pages accept in a URL (平成元年度). */
	static final int FIRST_YEAR = 1989;

	/** The last 年度 the pages accept in a URL. */
	static final int LAST_YEAR = 2200;

	private StatisticsLinks() {
	}

	/**
	 * The municipality a request is about.
	 * @param requested the {@code municipality} parameter, or {@code null}
	 * @param user the signed-in user
	 * @return the parameter, or the user's own municipality
	 */
	static Long municipality(Long requested, AccountPrincipal user) {
		return (requested != null) ? requested : user.municipalityId();
	}

	/**
	 * The query that names the municipality in links: only the administrator needs it.
	 * @param municipalityId the municipality
	 * @param user the signed-in user
	 * @return {@code ?municipality=…} or an empty string
	 */
	static String query(long municipalityId, AccountPrincipal user) {
		return user.is(Role.ADMIN) ? "?municipality=" + municipalityId : "";
	}

	static String year(long municipalityId, FiscalYear year, AccountPrincipal user) {
		return base(year) + query(municipalityId, user);
	}

	static String base(FiscalYear year) {
		return "/statistics/" + year.startYear();
	}

	/**
	 * The 年度 of a URL.
	 * @param year the calendar year it starts in
	 * @return the 年度
	 * @throws StatisticsNotFoundException for a year no statistics can have
	 */
	static FiscalYear fiscalYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new StatisticsNotFoundException(Integer.toString(year));
		}
		return new FiscalYear(year);
	}

}
