package jp.kyogikai.incident.rule;

/**
 * Where an accident stands with its report to the 運輸支局 (自動車事故報告書).
 */
public enum ReportStatus {

	/** Not a serious accident: no report is required. */
	NOT_REQUIRED,

	/** Reported within the time allowed. */
	REPORTED,

	/** Reported, but after the time allowed. */
	REPORTED_LATE,

	/** Not reported yet; the time allowed has not run out (today included). */
	DUE,

	/** Not reported and the time allowed has run out. */
	OVERDUE

}
