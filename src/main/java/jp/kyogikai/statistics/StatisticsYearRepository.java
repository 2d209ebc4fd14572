package jp.kyogikai.statistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatisticsYearRepository extends JpaRepository<StatisticsYear, Long> {

	Optional<StatisticsYear> findByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);

	boolean existsByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);

	List<StatisticsYear> findByMunicipalityIdOrderByFiscalYearDesc(long municipalityId);

	/**
	 * The latest year before a year, the one a new year is copied from.
	 */
	Optional<StatisticsYear> findFirstByMunicipalityIdAndFiscalYearLessThanOrderByFiscalYearDesc(long municipalityId,
			int fiscalYear);

}
