package jp.kyogikai.operator;

import jp.kyogikai.audit.RecordChange;

/**
 * One revision of one record of an operator's registries, as the list of changes since
 * the last deliberation shows it.
 *
 * @param registry which registry
 * @param recordId the record's id
 * @param name how staff know the record
 * @param change who changed what when
 */
public record RegistryChange(RegistryRecord.Registry registry, long recordId, String name, RecordChange change) {

}
