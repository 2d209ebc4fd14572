package jp.kyogikai.driver;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DriverRepository extends JpaRepository<Driver, Long> {

	List<Driver> findByOperatorIdOrderByFuriganaAscNameAsc(long operatorId);

	Optional<Driver> findByIdAndOperatorId(long id, long operatorId);

}
