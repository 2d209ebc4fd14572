package jp.kyogikai.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jp.kyogikai.application.rule.ApplicationStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationRepository extends JpaRepository<Application, Long>, JpaSpecificationExecutor<Application> {

	Optional<Application> findByIdAndMunicipalityId(long id, long municipalityId);

	Optional<Application> findByIdAndOperatorId(long id, long operatorId);

	List<Application> findByOperatorIdOrderByCreatedAtDescIdDesc(long operatorId);

	List<Application> findByStatusInAndMunicipalityIdInOrderByIdAsc(Collection<ApplicationStatus> statuses,
			Collection<Long> municipalityIds);

	/**
	 * How many submitted applications of a municipality are in each status.
	 * @param municipalityId the municipality
	 * @return rows of status and count
	 */
	@Query("""
			select a.status, count(a) from Application a
			where a.submittedAt is not null and a.municipalityId = :municipalityId
			group by a.status
			""")
	List<Object[]> countByStatus(@Param("municipalityId") long municipalityId);

	/**
	 * How many submitted applications are in each status, every municipality's.
	 * @return rows of status and count
	 */
	@Query("select a.status, count(a) from Application a where a.submittedAt is not null group by a.status")
	List<Object[]> countByStatus();

}
