package jp.kyogikai.application;

import java.util.List;
import java.util.Optional;

import jp.kyogikai.application.rule.AttachmentKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationAttachmentRepository extends JpaRepository<ApplicationAttachment, Long> {

	@Query("select a from ApplicationAttachment a where a.application.id = :applicationId order by a.kind, a.versionNumber desc")
	List<ApplicationAttachment> ofApplication(@Param("applicationId") long applicationId);

	@Query("select a from ApplicationAttachment a where a.id = :id and a.application.id = :applicationId")
	Optional<ApplicationAttachment> findOne(@Param("id") long id, @Param("applicationId") long applicationId);

	@Query("""
			select coalesce(max(a.versionNumber), 0) from ApplicationAttachment a
			where a.application.id = :applicationId and a.kind = :kind
			""")
	int lastVersion(@Param("applicationId") long applicationId, @Param("kind") AttachmentKind kind);

}
