package jp.kyogikai.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.ApplicationService;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.member.MemberSeats;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their 次第 read without a staff access check: for the member portal, which
 * asks {@link #readableByMember} first, and for modules that have checked the meeting
 * through {@link MeetingService} already. Staff pages go through {@link MeetingService}.
 */
@Service
@Transactional(readOnly = true)
public class MeetingDirectory {

	private final MeetingRepository meetings;

	private final AgendaItemRepository items;

	private final MemberSeats seats;

	private final ApplicationService applications;

	private final Clock clock;

	MeetingDirectory(MeetingRepository meetings, AgendaItemRepository items, MemberSeats seats,
			ApplicationService applications, Clock clock) {
		this.meetings = meetings;
		this.items = items;
		this.seats = seats;
		this.applications = applications;
		this.clock = clock;
	}

	/**
	 * A meeting as a member may read it, with its 次第, packet and materials: from its
	 * convocation on (a planned meeting is the secretariat's draft), for a member in
	 * office in its council on the meeting's day or today.
	 * @param meetingId the meeting
	 * @param user the signed-in user
	 * @return the meeting, empty for anyone else (whom the caller answers with a 404)
	 */
	public Optional<Meeting> readableByMember(long meetingId, AccountPrincipal user) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.meetings.findById(meetingId)
			.filter((meeting) -> readable(meeting, this.seats.terms(user, meeting.getCouncilId()), today));
	}

	/**
	 * The meetings of some councils a member may read
	 * ({@link #readableByMember(long, AccountPrincipal)}), earliest first.
	 * @param user the signed-in user
	 * @param councilIds the councils the member sits or sat on
	 * @return the meetings, empty for anyone but a member
	 */
	public List<Meeting> readableByMember(AccountPrincipal user, Collection<Long> councilIds) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<Term>> terms = new HashMap<>();
		return ofCouncils(councilIds).stream()
			.filter((meeting) -> readable(meeting,
					terms.computeIfAbsent(meeting.getCouncilId(), (id) -> this.seats.terms(user, id)), today))
			.toList();
	}

	private static boolean readable(Meeting meeting, List<Term> terms, LocalDate today) {
		LocalDate day = LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
		return meeting.getStatus() != MeetingStatus.PLANNED
				&& terms.stream().anyMatch((term) -> term.contains(day) || term.contains(today));
	}

	/**
	 * The meetings of some councils, earliest first.
	 * @param councilIds the councils
	 * @return their meetings
	 */
	public List<Meeting> ofCouncils(Collection<Long> councilIds) {
		List<Meeting> found = new ArrayList<>();
		for (Long councilId : councilIds) {
			found.addAll(this.meetings.findByCouncilIdOrderByFiscalYearDescNumberDesc(councilId));
		}
		found.sort(Comparator.comparing(Meeting::getStartsAt).thenComparing(Meeting::getId));
		return found;
	}

	public Optional<Meeting> find(long id) {
		return this.meetings.findById(id);
	}

	/**
	 * The meeting's 次第 numbered as on the staff page, with the operator of each 協議事項's
	 * application (without the application's 受付番号, which is for staff).
	 * @param meetingId the meeting
	 * @return the lines in order
	 */
	public List<AgendaLine> agenda(long meetingId) {
		List<AgendaItem> agenda = this.items.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
		Map<Long, Meeting> carriedFrom = carriedFrom(agenda);
		Map<Long, String> operators = this.applications
			.operatorNames(agenda.stream().map(AgendaItem::getApplicationId).filter(Objects::nonNull).toList());
		return number(agenda,
				(item, number, numbered) -> new AgendaLine(item, number, numbered,
						(item.getApplicationId() != null) ? operators.get(item.getApplicationId()) : null, null,
						carriedFrom.get(item.getId())));
	}

	/**
	 * A meeting's 次第 items in order.
	 * @param meetingId the meeting
	 * @return its items in order
	 */
	public List<AgendaItem> items(long meetingId) {
		return this.items.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
	}

	/**
	 * Whether an item belongs to the meeting's 次第.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @return the item, empty when it is another meeting's or unknown
	 */
	public Optional<AgendaItem> item(long meetingId, long itemId) {
		return this.items.findById(itemId).filter((item) -> item.getMeetingId() == meetingId);
	}

	/**
	 * The earlier meeting each carried-over (継続審議) item of an agenda comes from, by the
	 * item's id, read in two queries whatever the agenda's length.
	 */
	Map<Long, Meeting> carriedFrom(List<AgendaItem> agenda) {
		List<Long> earlierIds = agenda.stream().map(AgendaItem::getCarriedFromItemId).filter(Objects::nonNull).toList();
		if (earlierIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, AgendaItem> earlierItems = this.items.findAllById(earlierIds)
			.stream()
			.collect(Collectors.toMap(AgendaItem::getId, (item) -> item));
		Map<Long, Meeting> earlierMeetings = this.meetings
			.findAllById(earlierItems.values().stream().map(AgendaItem::getMeetingId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Meeting::getId, (meeting) -> meeting));
		Map<Long, Meeting> found = new HashMap<>();
		for (AgendaItem item : agenda) {
			AgendaItem earlier = (item.getCarriedFromItemId() != null) ? earlierItems.get(item.getCarriedFromItemId())
					: null;
			if (earlier != null && earlierMeetings.containsKey(earlier.getMeetingId())) {
				found.put(item.getId(), earlierMeetings.get(earlier.getMeetingId()));
			}
		}
		return found;
	}

	/**
	 * Numbers a 次第: each item that is neither a sub-item nor a 協議事項 right after another
	 * takes the next number; consecutive 協議事項 share the first one's.
	 * @param agenda the items in order
	 * @param line makes the line of an item with its number
	 * @return the lines
	 */
	static List<AgendaLine> number(List<AgendaItem> agenda, LineMaker line) {
		List<AgendaLine> lines = new ArrayList<>();
		int number = 0;
		AgendaItem previous = null;
		for (AgendaItem item : agenda) {
			boolean continuesDeliberations = previous != null && !item.isSubItem()
					&& item.getKind() == AgendaItemKind.DELIBERATION
					&& previous.getKind() == AgendaItemKind.DELIBERATION;
			if (!item.isSubItem() && !continuesDeliberations) {
				number++;
			}
			previous = item.isSubItem() ? previous : item;
			lines.add(line.make(item, number, !continuesDeliberations && !item.isSubItem()));
		}
		return lines;
	}

	/**
	 * Makes the line of one numbered item.
	 */
	@FunctionalInterface
	interface LineMaker {

		AgendaLine make(AgendaItem item, int number, boolean numbered);

	}

}
