package jp.kyogikai.incident;

import java.time.LocalDate;

import jp.kyogikai.incident.rule.ReportStatus;

/**
 * An accident in the list: the vehicle and driver it names, where its report to the 運輸支局
 * stands and whether the user may change it.
 *
 * @param accident the accident
 * @param vehicle the vehicle's plate number, {@code null} when none is named (or it was
 * deleted)
 * @param driver the driver's name, {@code null} when none is named
 * @param report where the report stands
 * @param reportDue the last day to report a serious accident
 * @param editable whether the signed-in user may change or delete it
 */
public record AccidentView(Accident accident, String vehicle, String driver, ReportStatus report, LocalDate reportDue,
		boolean editable) {

}
