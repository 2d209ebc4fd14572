package jp.kyogikai.fare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LocalTaxiFareRepository extends JpaRepository<LocalTaxiFare, Long> {

	List<LocalTaxiFare> findByMunicipalityIdOrderByEffectiveFromDesc(long municipalityId);

	Optional<LocalTaxiFare> findFirstByMunicipalityIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
			long municipalityId, LocalDate day);

	Optional<LocalTaxiFare> findByIdAndMunicipalityId(long id, long municipalityId);

	boolean existsByMunicipalityIdAndEffectiveFromAndIdNot(long municipalityId, LocalDate effectiveFrom, long id);

	List<LocalTaxiFare> findAllByOrderByMunicipalityIdAscEffectiveFromDesc();

}
