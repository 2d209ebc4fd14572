package jp.kyogikai.application;

/**
 * An application in a list, with the name of its operator.
 *
 * @param application the application
 * @param operatorName its operator's name
 */
public record ApplicationRow(Application application, String operatorName) {

}
