package jp.kyogikai.vehicle;

import java.util.List;
import java.util.Optional;

import jp.kyogikai.vehicle.rule.VehicleType;

import org.springframework.data.jpa.repository.JpaRepository;

interface VehicleRepository extends JpaRepository<Vehicle, Long> {

	List<Vehicle> findByOperatorIdOrderByPlateNumberAsc(long operatorId);

	Optional<Vehicle> findByIdAndOperatorId(long id, long operatorId);

	boolean existsByOperatorIdAndPlateNumber(long operatorId, String plateNumber);

	boolean existsByOperatorIdAndVehicleType(long operatorId, VehicleType vehicleType);

	boolean existsByOperatorIdAndPlateNumberAndIdNot(long operatorId, String plateNumber, long id);

}
