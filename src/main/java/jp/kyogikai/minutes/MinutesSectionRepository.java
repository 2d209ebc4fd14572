package jp.kyogikai.minutes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesSectionRepository extends JpaRepository<MinutesSection, Long> {

	List<MinutesSection> findByMinutesIdOrderByPositionAsc(long minutesId);

}
