package jp.kyogikai.driver;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DriverRepository extends JpaRepository<Driver, Long> {

	List<Driver> findByOperatorIdOrderByFuriganaAscNameAsc(long operatorId);

	Optional<Driver> findByIdAndOperatorId(long id, long operatorId);

	@Query("""
			select d from Driver d where d.operatorId in :operatorIds and d.leftOn is null
			and d.licenceExpiresOn <= :limit order by d.licenceExpiresOn
			""")
	List<Driver> findLicencesExpiringBy(Collection<Long> operatorIds, LocalDate limit);

}
