package jp.kyogikai.vehicle;

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
 * The audited revisions of an operator's vehicles, deleted ones included, each registry
 * read in one query. Callers check access first.
 */
@Component
class VehicleHistory implements RegistryHistory {

	private final AuditHistory audit;

	VehicleHistory(AuditHistory audit) {
		this.audit = audit;
	}

	@Override
	public List<RegistryRecord> records(long operatorId, Map<Long, String> officeNames) {
		return read(AuditEntity.property("operatorId").eq(operatorId), officeNames).stream()
			.map((history) -> new RegistryRecord(RegistryRecord.Registry.VEHICLE, (Long) history.id(),
					history.latest().plateNumber(), history.deleted(), history.changes()))
			.toList();
	}

	/**
	 * One vehicle of the operator with every revision.
	 * @param operatorId the operator
	 * @param vehicleId the vehicle, possibly deleted
	 * @param officeNames the names of the operator's offices by id
	 * @return the history, empty when the operator never had the vehicle
	 */
	Optional<RecordHistory<VehicleSnapshot>> of(long operatorId, long vehicleId, Map<Long, String> officeNames) {
		return read(AuditEntity.and(AuditEntity.id().eq(vehicleId), AuditEntity.property("operatorId").eq(operatorId)),
				officeNames)
			.stream()
			.findFirst();
	}

	private List<RecordHistory<VehicleSnapshot>> read(AuditCriterion criterion, Map<Long, String> officeNames) {
		return this.audit.all(Vehicle.class, criterion, Vehicle::getId,
				(vehicle) -> VehicleSnapshot.of(vehicle, officeNames));
	}

}
