package jp.kyogikai.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * An operator's 要件確認表 on a day.
 *
 * @param operatorId the operator
 * @param operatorName its name
 * @param municipality the municipality it is registered with
 * @param date the day of the check
 * @param sections 登録, 自動車, 運転者, 運行管理 and 事故・苦情・行政処分, in that order
 */
public record ComplianceReport(long operatorId, String operatorName, String municipality, LocalDate date,
		List<Section> sections) {

	/**
	 * @return the rows that pass
	 */
	public long okCount() {
		return rows().filter((row) -> row.status() == Status.OK).count();
	}

	/**
	 * @return the rows that need review (violations and warnings)
	 */
	public long reviewCount() {
		return rows().filter((row) -> row.status() != Status.OK).count();
	}

	private java.util.stream.Stream<Row> rows() {
		return this.sections.stream().flatMap((section) -> section.rows().stream());
	}

	/** The outcome of one check. */
	public enum Status {

		/** Meets the requirements (適合). */
		OK("適合"),
		/** Does not meet them (不適合). */
		NG("不適合"),
		/** Meets them for now but needs attention soon (要注意). */
		WARN("要注意");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public boolean ok() {
			return this == OK;
		}

	}

	/**
	 * A section of the report.
	 *
	 * @param title 登録, 自動車 or 運転者
	 * @param rows its rows; empty when there is nothing to check
	 * @param empty what to say when there are no rows
	 */
	public record Section(String title, List<Row> rows, String empty) {

	}

	/**
	 * One checked item.
	 *
	 * @param item what was checked (the registration, a plate number, a driver's name)
	 * @param status the outcome
	 * @param reasons the reasons in Japanese, one a line
	 */
	public record Row(String item, Status status, List<String> reasons) {

	}

}
