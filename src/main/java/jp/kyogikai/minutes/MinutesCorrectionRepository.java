package jp.kyogikai.minutes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesCorrectionRepository extends JpaRepository<MinutesCorrection, Long> {

	/**
	 * A minutes' corrections, the first first (so the latest of a part comes last).
	 * @param minutesId the minutes
	 * @return the corrections
	 */
	List<MinutesCorrection> findByMinutesIdOrderByIdAsc(long minutesId);

}
