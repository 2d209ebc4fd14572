package jp.kyogikai.meeting;

import jp.kyogikai.application.rule.ApplicationType;

/**
 * An application that may be linked to a 協議事項: received and of a municipality the council
 * serves.
 *
 * @param id the application
 * @param receivedNumber its 受付番号
 * @param operatorName its operator
 * @param type its type
 */
public record EligibleApplication(long id, String receivedNumber, String operatorName, ApplicationType type) {

}
