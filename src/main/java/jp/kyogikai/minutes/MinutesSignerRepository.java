package jp.kyogikai.minutes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesSignerRepository extends JpaRepository<MinutesSigner, Long> {

	List<MinutesSigner> findByMinutesIdOrderByPositionAsc(long minutesId);

}
