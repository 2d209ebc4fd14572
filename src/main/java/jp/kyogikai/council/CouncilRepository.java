package jp.kyogikai.council;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CouncilRepository extends JpaRepository<Council, Long> {

	@EntityGraph(attributePaths = { "secretariatMunicipality", "municipalities" })
	Optional<Council> findByIdAndSecretariatMunicipalityId(long id, long municipalityId);

	@EntityGraph(attributePaths = { "secretariatMunicipality", "municipalities" })
	Optional<Council> findWithMunicipalitiesById(long id);

	@EntityGraph(attributePaths = "secretariatMunicipality")
	List<Council> findBySecretariatMunicipalityIdOrderById(long municipalityId);

	@EntityGraph(attributePaths = "secretariatMunicipality")
	List<Council> findAllByOrderById();

	@EntityGraph(attributePaths = "secretariatMunicipality")
	Optional<Council> findByName(String name);

	@Query("select distinct c from Council c join c.municipalities m where m.id = :municipalityId order by c.id")
	List<Council> findServing(long municipalityId);

}
