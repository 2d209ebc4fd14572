package jp.kyogikai.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByCouncilIdOrderByFiscalYearDescNumberDesc(long councilId);

	@Query("select max(m.number) from Meeting m where m.councilId = ?1 and m.fiscalYear = ?2")
	Optional<Integer> maxNumber(long councilId, int fiscalYear);

	boolean existsByCouncilIdAndFiscalYearAndNumberAndIdNot(long councilId, int fiscalYear, int number, long id);

}
