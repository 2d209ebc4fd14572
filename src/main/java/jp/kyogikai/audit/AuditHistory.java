package jp.kyogikai.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the revisions of an audited record, newest first, as the fields that changed.
 */
@Service
public class AuditHistory {

	private final EntityManager entityManager;

	AuditHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The history of one record.
	 * @param <E> the entity type
	 * @param <S> a record whose components are the fields staff see
	 * @param type the audited entity class
	 * @param id the record's id
	 * @param snapshot turns an entity revision into the fields shown
	 * @return the revisions, newest first
	 */
	@Transactional(readOnly = true)
	public <E, S extends Record> List<RecordChange> of(Class<E> type, Object id, Function<E, S> snapshot) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<RecordChange> changes = new ArrayList<>();
		S previous = null;
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			E entity = (E) row[0];
			AuditRevision revision = (AuditRevision) row[1];
			RevisionType revisionType = (RevisionType) row[2];
			S current = (revisionType != RevisionType.DEL) ? snapshot.apply(entity) : null;
			changes.add(new RecordChange(revision.getId(), revision.getChangedAt(), revision.getUsername(),
					kind(revisionType), differences(previous, current)));
			previous = current;
		}
		Collections.reverse(changes);
		return changes;
	}

	private static RecordChange.Kind kind(RevisionType type) {
		return switch (type) {
			case ADD -> RecordChange.Kind.CREATED;
			case MOD -> RecordChange.Kind.CHANGED;
			case DEL -> RecordChange.Kind.DELETED;
		};
	}

	static List<RecordChange.FieldChange> differences(Record before, Record after) {
		Record shape = (after != null) ? after : before;
		if (shape == null) {
			return List.of();
		}
		List<RecordChange.FieldChange> fields = new ArrayList<>();
		for (RecordComponent component : shape.getClass().getRecordComponents()) {
			Object old = (before != null) ? value(component, before) : null;
			Object now = (after != null) ? value(component, after) : null;
			if (!Objects.equals(old, now)) {
				fields.add(new RecordChange.FieldChange(component.getName(), old, now));
			}
		}
		return fields;
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("履歴の項目を読めません: " + component.getName(), ex);
		}
	}

}
