package jp.kyogikai.operator;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OperatorRepository extends JpaRepository<Operator, Long> {

	List<Operator> findByMunicipalityIdOrderByName(long municipalityId);

	List<Operator> findAllByOrderByMunicipalityIdAscNameAsc();

	Optional<Operator> findByIdAndMunicipalityId(long id, long municipalityId);

	Optional<Operator> findByMunicipalityIdAndName(long municipalityId, String name);

}
