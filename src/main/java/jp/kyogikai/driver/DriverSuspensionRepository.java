package jp.kyogikai.driver;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DriverSuspensionRepository extends JpaRepository<DriverSuspension, Long> {

	List<DriverSuspension> findByDriverIdOrderBySuspendedFromDescIdDesc(long driverId);

	Optional<DriverSuspension> findByIdAndDriverId(long id, long driverId);

	@Query("select s from DriverSuspension s where s.driver.operatorId = :operatorId")
	List<DriverSuspension> findByOperatorId(long operatorId);

}
