package jp.kyogikai.application;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationReturnCommentRepository extends JpaRepository<ApplicationReturnComment, Long> {

	@Query("""
			select c from ApplicationReturnComment c join fetch c.event e
			where e.application.id = :applicationId order by e.at, e.id, c.sortOrder, c.id
			""")
	List<ApplicationReturnComment> ofApplication(@Param("applicationId") long applicationId);

	@Query("select c from ApplicationReturnComment c where c.event.id = :eventId order by c.sortOrder, c.id")
	List<ApplicationReturnComment> ofEvent(@Param("eventId") long eventId);

}
