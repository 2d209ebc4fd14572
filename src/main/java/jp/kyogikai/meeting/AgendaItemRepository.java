package jp.kyogikai.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(long meetingId);

	long countByApplicationId(long applicationId);

	List<AgendaItem> findByApplicationId(long applicationId);

	List<AgendaItem> findByApplicationIdIn(Collection<Long> applicationIds);

}
