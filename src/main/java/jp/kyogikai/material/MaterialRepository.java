package jp.kyogikai.material;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialRepository extends JpaRepository<Material, Long> {

	List<Material> findByMeetingId(long meetingId);

}
