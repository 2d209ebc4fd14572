package jp.kyogikai.application;

import java.util.List;
import java.util.Map;

import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.operator.OperatorSummary;

import org.springframework.data.domain.Page;

/**
 * One page of the staff list with what its filters offer.
 *
 * @param page the applications of the page, newest submission first
 * @param counts how many submitted applications are in each status, whatever the filter
 * @param total all submitted applications, whatever the filter
 * @param operators the operators to filter by
 */
public record StaffList(Page<ApplicationRow> page, Map<ApplicationStatus, Long> counts, long total,
		List<OperatorSummary> operators) {

}
