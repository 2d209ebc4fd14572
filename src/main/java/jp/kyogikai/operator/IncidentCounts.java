package jp.kyogikai.operator;

/**
 * An operator's accident, complaint and administrative-action records on file, counted.
 *
 * @param accidents 事故
 * @param seriousAccidents of which 重大事故
 * @param complaints 苦情
 * @param openComplaints of which not yet resolved (未解決)
 * @param administrativeActions 行政処分 (改善命令・業務停止)
 */
public record IncidentCounts(long accidents, long seriousAccidents, long complaints, long openComplaints,
		long administrativeActions) {

	/** Nothing on file. */
	public static final IncidentCounts NONE = new IncidentCounts(0, 0, 0, 0, 0);

}
