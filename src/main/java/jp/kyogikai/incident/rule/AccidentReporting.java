package jp.kyogikai.incident.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The report of a serious accident (重大事故, the accidents listed in 自動車事故報告規則2条): a
 * 自家用有償旅客運送者 files a 自動車事故報告書 with the 運輸支局 within 30 days of the accident (同規則3条). The
 * day of the accident is not counted (民法140条), so an accident on 1 April must be reported
 * by 1 May. Other accidents need no report.
 * <p>
 * Decision where the texts are silent: the 速報 (a report within 24 hours required for the
 * gravest accidents, 同規則4条) is not tracked; only the written report is.
 */
public final class AccidentReporting {

	/** Days after the accident within which the report is filed. */
	public static final int REPORT_DAYS = 30;

	private AccidentReporting() {
	}

	/**
	 * The last day to file the report.
	 * @param occurredOn the day of the accident
	 * @return 30 days after it
	 */
	public static LocalDate dueOn(LocalDate occurredOn) {
		Objects.requireNonNull(occurredOn, "occurredOn");
		return occurredOn.plusDays(REPORT_DAYS);
	}

	/**
	 * Where the accident stands with its report.
	 * @param serious whether it is a serious accident
	 * @param occurredOn the day of the accident
	 * @param reportedOn the day the report was filed, {@code null} when not yet
	 * @param today the day to look from
	 * @return the status
	 */
	public static ReportStatus status(boolean serious, LocalDate occurredOn, LocalDate reportedOn, LocalDate today) {
		Objects.requireNonNull(occurredOn, "occurredOn");
		Objects.requireNonNull(today, "today");
		if (!serious) {
			return ReportStatus.NOT_REQUIRED;
		}
		LocalDate due = dueOn(occurredOn);
		if (reportedOn != null) {
			return reportedOn.isAfter(due) ? ReportStatus.REPORTED_LATE : ReportStatus.REPORTED;
		}
		return today.isAfter(due) ? ReportStatus.OVERDUE : ReportStatus.DUE;
	}

}
