package jp.kyogikai.driver;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DriverViolationRepository extends JpaRepository<DriverViolation, Long> {

	List<DriverViolation> findByDriverIdOrderByOccurredOnDescIdDesc(long driverId);

	Optional<DriverViolation> findByIdAndDriverId(long id, long driverId);

}
