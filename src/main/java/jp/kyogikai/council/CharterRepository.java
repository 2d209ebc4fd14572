package jp.kyogikai.council;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CharterRepository extends JpaRepository<Charter, Long> {

	Optional<Charter> findByCouncilId(long councilId);

	List<Charter> findByCouncilIdIn(Collection<Long> councilIds);

}
