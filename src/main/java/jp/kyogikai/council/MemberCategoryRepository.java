package jp.kyogikai.council;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberCategoryRepository extends JpaRepository<MemberCategory, Long> {

	List<MemberCategory> findByCouncilIdOrderBySortOrderAscIdAsc(long councilId);

	Optional<MemberCategory> findByIdAndCouncilId(long id, long councilId);

	boolean existsByCouncilIdAndNameAndIdNot(long councilId, String name, long id);

	boolean existsByCouncilIdAndName(long councilId, String name);

}
