package jp.kyogikai.vehicle;

import java.util.Map;
import java.util.stream.Collectors;

import jp.kyogikai.operator.OfficeVehicles;

import org.springframework.stereotype.Component;

/**
 * Counts the vehicles kept at each office of an operator, for the operator module.
 */
@Component
class VehicleOffices implements OfficeVehicles {

	private final VehicleRepository vehicles;

	VehicleOffices(VehicleRepository vehicles) {
		this.vehicles = vehicles;
	}

	@Override
	public Map<Long, Long> countByOffice(long operatorId) {
		return this.vehicles.countByOffice(operatorId)
			.stream()
			.collect(Collectors.toMap((row) -> ((Number) row[0]).longValue(), (row) -> ((Number) row[1]).longValue()));
	}

}
