/**
 * The arithmetic of attendance replies: {@link jp.kyogikai.attendance.rule.Attendance}
 * and the quorum forecast from the replies and the charter
 * ({@link jp.kyogikai.attendance.rule.QuorumForecast}). Pure Java.
 */
@NamedInterface("rule")
package jp.kyogikai.attendance.rule;

import org.springframework.modulith.NamedInterface;
