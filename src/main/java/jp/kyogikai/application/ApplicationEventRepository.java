package jp.kyogikai.application;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationEventRepository extends JpaRepository<ApplicationEvent, Long> {

	@Query("select e from ApplicationEvent e where e.application.id = :applicationId order by e.at, e.id")
	List<ApplicationEvent> timeline(@Param("applicationId") long applicationId);

}
