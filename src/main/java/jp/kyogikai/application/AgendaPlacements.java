package jp.kyogikai.application;

import java.util.List;

/**
 * Where an application stands on a meeting's 次第. The application module declares it and
 * the meetings implement it, so an application's page can say on which meeting's agenda
 * it is without the application module knowing about meetings.
 */
public interface AgendaPlacements {

	/**
	 * The meetings whose 次第 names the application, earliest first.
	 * @param applicationId the application
	 * @return the placements, empty when no 次第 names it
	 */
	List<AgendaPlacement> placements(long applicationId);

	/**
	 * Placements for a context without meetings.
	 * @return placements that are always empty
	 */
	static AgendaPlacements none() {
		return (applicationId) -> List.of();
	}

	/**
	 * A meeting whose 次第 names an application.
	 *
	 * @param meetingId the meeting
	 * @param fiscalYear the 年度 it belongs to, as written (令和7年度)
	 * @param number its number within the 年度 (第N回)
	 * @param date the day it is held
	 */
	record AgendaPlacement(long meetingId, String fiscalYear, int number, java.time.LocalDate date) {
	}

}
