package jp.kyogikai.meeting;

import java.time.LocalDateTime;
import java.util.List;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings set up without a signed-in user (the demo data). The caller moves a linked
 * application onto the agenda itself.
 */
@Service
public class MeetingSetupService {

	private final MeetingRepository meetings;

	private final AgendaItemRepository items;

	MeetingSetupService(MeetingRepository meetings, AgendaItemRepository items) {
		this.meetings = meetings;
		this.items = items;
	}

	/**
	 * One line of a 次第 to set up.
	 *
	 * @param kind its kind
	 * @param title its title
	 * @param materials the materials note, or {@code null}
	 * @param subItem shown as 「・」 under the item before it
	 * @param applicationId the application (協議事項 only), or {@code null}
	 */
	public record Item(AgendaItemKind kind, String title, String materials, boolean subItem, Long applicationId) {
	}

	/**
	 * Creates a meeting with the given 次第.
	 * @return the meeting's id
	 */
	@Transactional
	public long create(long councilId, int number, LocalDateTime startsAt, String place, Openness openness,
			MeetingStatus status, List<Item> agenda) {
		Meeting meeting = new Meeting(councilId);
		meeting.update(FiscalYear.of(startsAt.toLocalDate()).startYear(), number,
				startsAt.atZone(Kyogikai.ZONE).toInstant(), null, place, false, null, openness);
		meeting.setStatus(status);
		this.meetings.saveAndFlush(meeting);
		int position = 0;
		for (Item line : agenda) {
			AgendaItem item = new AgendaItem(meeting.getId(), ++position, line.kind(), line.title(), line.materials(),
					line.subItem());
			item.setApplicationId(line.applicationId());
			this.items.save(item);
		}
		return meeting.getId();
	}

	/**
	 * The council's meeting of that number in that 年度.
	 * @return its id, empty when there is none
	 */
	public java.util.Optional<Long> find(long councilId, FiscalYear fiscalYear, int number) {
		return this.meetings.findByCouncilIdOrderByFiscalYearDescNumberDesc(councilId)
			.stream()
			.filter((meeting) -> meeting.getFiscalYear() == fiscalYear.startYear() && meeting.getNumber() == number)
			.map(Meeting::getId)
			.findFirst();
	}

	/**
	 * Whether the council has a meeting of that number in that 年度.
	 */
	public boolean exists(long councilId, FiscalYear fiscalYear, int number) {
		return this.meetings.existsByCouncilIdAndFiscalYearAndNumberAndIdNot(councilId, fiscalYear.startYear(), number,
				-1L);
	}

}
