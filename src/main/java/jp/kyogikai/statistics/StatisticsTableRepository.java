package jp.kyogikai.statistics;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import jp.kyogikai.statistics.rule.StatisticsSection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StatisticsTableRepository extends JpaRepository<StatisticsTable, Long> {

	/**
	 * A table about to change: its version goes up when the transaction commits, even
	 * when only its figures or companies changed, so two edits of one table cannot both
	 * win.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("""
			select t from StatisticsTable t
			where t.year.municipalityId = :municipalityId and t.year.fiscalYear = :fiscalYear and t.section = :section
			""")
	Optional<StatisticsTable> findForUpdate(long municipalityId, int fiscalYear, StatisticsSection section);

}
