package jp.kyogikai.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.AgendaPlacements;
import jp.kyogikai.calendar.FiscalYear;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings whose 次第 names an application, for the application's page. The page is
 * already checked for the user, and the meetings of its application are those of the
 * councils serving the application's municipality.
 */
@Component
@Transactional(readOnly = true)
class MeetingAgendaPlacements implements AgendaPlacements {

	private final AgendaItemRepository items;

	private final MeetingRepository meetings;

	MeetingAgendaPlacements(AgendaItemRepository items, MeetingRepository meetings) {
		this.items = items;
		this.meetings = meetings;
	}

	@Override
	public List<AgendaPlacement> placements(long applicationId) {
		List<Long> meetingIds = this.items.findByApplicationId(applicationId)
			.stream()
			.map(AgendaItem::getMeetingId)
			.distinct()
			.toList();
		return this.meetings.findAllById(meetingIds)
			.stream()
			.sorted(Comparator.comparing(Meeting::getStartsAt))
			.map((meeting) -> new AgendaPlacement(meeting.getId(),
					FiscalYear.of(LocalDate.of(meeting.getFiscalYear(), 4, 1)).label(), meeting.getNumber(),
					LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE)))
			.toList();
	}

}
