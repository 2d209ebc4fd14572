package jp.kyogikai.minutes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesMaskedNameRepository extends JpaRepository<MinutesMaskedName, Long> {

	List<MinutesMaskedName> findByMinutesIdOrderByPositionAsc(long minutesId);

}
