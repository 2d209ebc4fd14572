package jp.kyogikai.audit;

import java.util.List;

/**
 * Every revision of one audited record, as read together with other records of its kind.
 *
 * @param <S> the record of fields staff see
 * @param id the record's id
 * @param latest the fields as last recorded (for a deleted record, as they were when it
 * was deleted), for naming the record
 * @param deleted whether the record's last revision deleted it
 * @param changes the revisions, newest first
 */
public record RecordHistory<S extends Record>(Object id, S latest, boolean deleted, List<RecordChange> changes) {

}
