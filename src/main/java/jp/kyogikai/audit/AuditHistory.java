package jp.kyogikai.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

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
		List<RecordHistory<S>> found = all(type, AuditEntity.id().eq(id), (entity) -> id, snapshot);
		return found.isEmpty() ? List.of() : found.get(0).changes();
	}

	/**
	 * The histories of every record of a type that matches a criterion (for example all
	 * the vehicles of one operator, deleted ones included), read in one query whatever
	 * the number of records and revisions.
	 * @param <E> the entity type
	 * @param <S> a record whose components are the fields staff see
	 * @param type the audited entity class
	 * @param criterion which revisions to read, e.g.
	 * {@code AuditEntity.property("operatorId").eq(id)}; every revision of a record must
	 * match it for the differences to be right
	 * @param id the entity's id
	 * @param snapshot turns an entity revision into the fields shown; it must not touch
	 * associations (each would cost a query)
	 * @return one history per record, in the order the records were first audited
	 */
	@Transactional(readOnly = true)
	public <E, S extends Record> List<RecordHistory<S>> all(Class<E> type, AuditCriterion criterion, Function<E, ?> id,
			Function<E, S> snapshot) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(criterion)
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		Map<Object, Builder<S>> records = new LinkedHashMap<>();
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			E entity = (E) row[0];
			AuditRevision revision = (AuditRevision) row[1];
			RevisionType revisionType = (RevisionType) row[2];
			records.computeIfAbsent(id.apply(entity), Builder::new).add(revision, revisionType, snapshot.apply(entity));
		}
		return records.values().stream().map(Builder::build).toList();
	}

	/**
	 * One record's revisions as they are read, oldest first.
	 */
	private static final class Builder<S extends Record> {

		private final Object id;

		private final List<RecordChange> changes = new ArrayList<>();

		private S previous;

		private S latest;

		private boolean deleted;

		Builder(Object id) {
			this.id = id;
		}

		void add(AuditRevision revision, RevisionType type, S fields) {
			S current = (type != RevisionType.DEL) ? fields : null;
			this.changes.add(new RecordChange(revision.getId(), revision.getChangedAt(), revision.getUsername(),
					kind(type), differences(this.previous, current)));
			this.previous = current;
			if (current != null) {
				this.latest = current;
			}
			else if (this.latest == null) {
				this.latest = fields;
			}
			this.deleted = (type == RevisionType.DEL);
		}

		RecordHistory<S> build() {
			List<RecordChange> newestFirst = new ArrayList<>(this.changes);
			Collections.reverse(newestFirst);
			return new RecordHistory<>(this.id, this.latest, this.deleted, List.copyOf(newestFirst));
		}

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
