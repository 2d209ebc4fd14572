package jp.kyogikai.application;

import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.ApplicationType;

/**
 * What the staff list shows: any combination of status, operator and type; {@code null}
 * for all.
 *
 * @param status only applications in this status
 * @param operatorId only this operator's
 * @param type only this type
 */
public record ApplicationFilter(ApplicationStatus status, Long operatorId, ApplicationType type) {

	public static ApplicationFilter none() {
		return new ApplicationFilter(null, null, null);
	}

}
