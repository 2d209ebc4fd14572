package jp.kyogikai.audit;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a record as staff read it.
 *
 * @param revision the revision number
 * @param changedAt when
 * @param username who
 * @param kind created, changed or deleted
 * @param fields the fields that differ from the previous revision (all of them for a
 * creation)
 */
public record RecordChange(long revision, Instant changedAt, String username, Kind kind, List<FieldChange> fields) {

	/**
	 * What the revision did to the record.
	 */
	public enum Kind {

		CREATED, CHANGED, DELETED

	}

	/**
	 * One field's value before and after.
	 *
	 * @param field the field's name (a message key suffix)
	 * @param before the previous value, {@code null} on creation
	 * @param after the new value
	 */
	public record FieldChange(String field, Object before, Object after) {
	}

}
