package jp.kyogikai.statistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatisticsYearRepository extends JpaRepository<StatisticsYear, Long> {

	Optional<StatisticsYear> findByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);

	boolean existsByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);

	List<StatisticsYear> findByMunicipalityIdOrderByFiscalYearDesc(long municipalityId);

	@Query("select y.fiscalYear from StatisticsYear y where y.municipalityId = :municipalityId"
			+ " and y.fiscalYear between :from and :to order by y.fiscalYear desc")
	List<Integer> fiscalYears(long municipalityId, int from, int to);

	/**
	 * The latest year before a year, the one a new year is copied from.
	 */
	Optional<StatisticsYear> findFirstByMunicipalityIdAndFiscalYearLessThanOrderByFiscalYearDesc(long municipalityId,
			int fiscalYear);

}
