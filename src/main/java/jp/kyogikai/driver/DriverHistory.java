package jp.kyogikai.driver;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kyogikai.audit.AuditHistory;
import jp.kyogikai.audit.RecordHistory;
import jp.kyogikai.operator.RegistryHistory;
import jp.kyogikai.operator.RegistryRecord;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import org.springframework.stereotype.Component;

/**
 * The audited revisions of an operator's drivers, in one query. Callers check access
 * first: the revisions carry personal data.
 */
@Component
class DriverHistory implements RegistryHistory {

	private final AuditHistory audit;

	DriverHistory(AuditHistory audit) {
		this.audit = audit;
	}

	@Override
	public List<RegistryRecord> records(long operatorId, Map<Long, String> officeNames) {
		return read(AuditEntity.property("operatorId").eq(operatorId)).stream()
			.map((history) -> new RegistryRecord(RegistryRecord.Registry.DRIVER, (Long) history.id(),
					history.latest().name(), history.deleted(), history.changes()))
			.toList();
	}

	/**
	 * One driver of the operator with every revision.
	 * @param operatorId the operator
	 * @param driverId the driver
	 * @return the history, empty when the operator never had the driver
	 */
	Optional<RecordHistory<DriverSnapshot>> of(long operatorId, long driverId) {
		return read(AuditEntity.and(AuditEntity.id().eq(driverId), AuditEntity.property("operatorId").eq(operatorId)))
			.stream()
			.findFirst();
	}

	private List<RecordHistory<DriverSnapshot>> read(AuditCriterion criterion) {
		return this.audit.all(Driver.class, criterion, Driver::getId, DriverSnapshot::of);
	}

}
