package jp.kyogikai.statistics;

import java.util.List;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Component;

/**
 * A year's statistics as a material of a meeting's agenda packet (資料No.4 in the seed):
 * the PDF of 【○○市の状況】, for the packet builder.
 */
@Component
public class StatisticsMaterial {

	private final StatisticsService statistics;

	private final StatisticsPdf pdf;

	StatisticsMaterial(StatisticsService statistics, StatisticsPdf pdf) {
		this.statistics = statistics;
		this.pdf = pdf;
	}

	/**
	 * Whether the municipality has statistics of the year that the user may read.
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param user the signed-in user (staff of the municipality, or the administrator)
	 * @return {@code true} when {@link #pdf} will find them
	 */
	public boolean exists(long municipalityId, FiscalYear fiscalYear, AccountPrincipal user) {
		try {
			this.statistics.municipality(municipalityId, user);
		}
		catch (StatisticsNotFoundException ex) {
			return false;
		}
		return this.statistics.exists(municipalityId, fiscalYear);
	}

	/**
	 * The 年度 between two of which the municipality has statistics that the user may read,
	 * read at once.
	 * @param municipalityId the municipality
	 * @param from the earliest 年度
	 * @param to the latest 年度
	 * @param user the signed-in user (staff of the municipality, or the administrator)
	 * @return the 年度 the latest first, each one {@link #exists}; empty for anyone else
	 */
	public List<FiscalYear> years(long municipalityId, FiscalYear from, FiscalYear to, AccountPrincipal user) {
		return this.statistics.years(municipalityId, from, to, user);
	}

	/**
	 * The PDF, with the 年度 in the running header.
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param user the signed-in user (staff of the municipality, or the administrator)
	 * @return the PDF's bytes
	 * @throws StatisticsNotFoundException when there is no such year or the user may not
	 * see it
	 */
	public byte[] pdf(long municipalityId, FiscalYear fiscalYear, AccountPrincipal user) {
		return pdf(municipalityId, fiscalYear, user, null);
	}

	/**
	 * The PDF as a numbered material.
	 * @param municipalityId the municipality
	 * @param fiscalYear the 年度
	 * @param user the signed-in user (staff of the municipality, or the administrator)
	 * @param material the running header's right text, e.g. 資料No.4; {@code null} for the
	 * 年度
	 * @return the PDF's bytes
	 * @throws StatisticsNotFoundException when there is no such year or the user may not
	 * see it
	 */
	public byte[] pdf(long municipalityId, FiscalYear fiscalYear, AccountPrincipal user, String material) {
		return this.pdf.render(this.statistics.year(municipalityId, fiscalYear, user), material);
	}

}
