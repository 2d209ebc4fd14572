package jp.kyogikai.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.Application;
import jp.kyogikai.application.ApplicationRow;
import jp.kyogikai.application.ApplicationService;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.IllegalTransitionException;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.council.Council;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.MeetingTransitions;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their 次第 as staff of the council's secretariat municipality (and the
 * administrator) see and change them; the council is checked through
 * {@link CouncilService#council(long, AccountPrincipal)}, so anyone else gets a 404.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	private final MeetingRepository meetings;

	private final AgendaItemRepository items;

	private final CouncilService councils;

	private final ApplicationService applications;

	private final MeetingDirectory directory;

	private final Clock clock;

	MeetingService(MeetingRepository meetings, AgendaItemRepository items, CouncilService councils,
			ApplicationService applications, MeetingDirectory directory, Clock clock) {
		this.meetings = meetings;
		this.items = items;
		this.councils = councils;
		this.applications = applications;
		this.directory = directory;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The council's meetings, the latest 年度 and number first.
	 * @param councilId the council
	 * @param user the signed-in user
	 * @return the meetings
	 */
	public List<Meeting> meetings(long councilId, AccountPrincipal user) {
		Council council = this.councils.council(councilId, user);
		return this.meetings.findByCouncilIdOrderByFiscalYearDescNumberDesc(council.getId());
	}

	public Council council(long councilId, AccountPrincipal user) {
		return this.councils.council(councilId, user);
	}

	/**
	 * The number the next meeting of a 年度 would get.
	 * @param councilId the council
	 * @param fiscalYear the 年度
	 * @return one more than the highest so far, 1 for the first
	 */
	public int nextNumber(long councilId, FiscalYear fiscalYear) {
		return this.meetings.maxNumber(councilId, fiscalYear.startYear()).orElse(0) + 1;
	}

	/**
	 * A blank form for a new meeting: today in a month at 10:00, the next number.
	 * @param councilId the council
	 * @param user the signed-in user
	 * @return the form
	 */
	public MeetingForm newForm(long councilId, AccountPrincipal user) {
		Council council = this.councils.council(councilId, user);
		MeetingForm form = new MeetingForm();
		form.setDate(LocalDate.now(this.clock).plusMonths(1));
		form.setStartTime(java.time.LocalTime.of(10, 0));
		form.setNumber(nextNumber(council.getId(), FiscalYear.of(form.getDate())));
		return form;
	}

	public Meeting meeting(long id, AccountPrincipal user) {
		return checked(id, user).meeting();
	}

	/**
	 * The meeting with its council, if the user may see it: the one check of a meeting,
	 * whose result the meeting page hands to its panels.
	 * @param id the meeting
	 * @param user the signed-in user
	 * @return the meeting and its council, checked for the user
	 * @throws MeetingNotFoundException (404) when there is no such meeting or the user
	 * may not see its council
	 */
	public CheckedMeeting checked(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(() -> new MeetingNotFoundException("会議 " + id));
		Council council;
		try {
			council = this.councils.council(meeting.getCouncilId(), user);
		}
		catch (RuntimeException ex) {
			throw new MeetingNotFoundException("会議 " + id);
		}
		return new CheckedMeeting(meeting, council, user);
	}

	/**
	 * The council a meeting belongs to, without checking who asks: for modules that check
	 * the reader themselves (a member sitting on the council, say).
	 * @param id the meeting
	 * @return the council's id
	 * @throws MeetingNotFoundException (404) when there is no such meeting
	 */
	public long councilOf(long id) {
		return this.meetings.findById(id).orElseThrow(() -> new MeetingNotFoundException("会議 " + id)).getCouncilId();
	}

	public MeetingForm form(long id, AccountPrincipal user) {
		Meeting meeting = meeting(id, user);
		MeetingForm form = new MeetingForm();
		form.setVersion(meeting.getVersion());
		form.setDate(LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE));
		form.setStartTime(meeting.getStartsAt().atZone(Kyogikai.ZONE).toLocalTime());
		if (meeting.getEndsAt() != null) {
			form.setEndTime(meeting.getEndsAt().atZone(Kyogikai.ZONE).toLocalTime());
		}
		form.setNumber(meeting.getNumber());
		form.setPlace(meeting.getPlace());
		form.setOnline(meeting.isOnline());
		form.setOnlineUrl(meeting.getOnlineUrl());
		form.setOpenness(meeting.getOpenness());
		return form;
	}

	/**
	 * The meeting with its 次第, the applications eligible for a 協議事項 and its next
	 * statuses.
	 * @param id the meeting
	 * @param user the signed-in user
	 * @return the view
	 */
	public MeetingView view(long id, AccountPrincipal user) {
		return view(checked(id, user));
	}

	/**
	 * {@link #view(long, AccountPrincipal)} of a meeting already checked.
	 * @param checked the meeting, checked for its user
	 * @return the view
	 */
	public MeetingView view(CheckedMeeting checked) {
		Meeting meeting = checked.meeting();
		boolean editable = MeetingTransitions.agendaEditable(meeting.getStatus());
		return new MeetingView(checked, agenda(checked),
				editable ? eligible(checked.council(), checked.user()) : List.of(),
				MeetingTransitions.nextByHand(meeting.getStatus()), editable);
	}

	/**
	 * The meeting's 次第 numbered, each 協議事項 with the operator and 受付番号 of its application
	 * as the user sees them, and the meeting it is carried over from.
	 * @param checked the meeting, checked for its user
	 * @return the lines in order
	 */
	public List<AgendaLine> agenda(CheckedMeeting checked) {
		List<AgendaItem> agenda = this.items.findByMeetingIdOrderByPositionAscIdAsc(checked.id());
		Map<Long, ApplicationRow> linked = this.applications.rows(checked.user(),
				agenda.stream().map(AgendaItem::getApplicationId).filter(Objects::nonNull).toList());
		Map<Long, Meeting> carriedFrom = this.directory.carriedFrom(agenda);
		return MeetingDirectory.number(agenda, (item, number, numbered) -> {
			ApplicationRow application = (item.getApplicationId() != null) ? linked.get(item.getApplicationId()) : null;
			return new AgendaLine(item, number, numbered, (application != null) ? application.operatorName() : null,
					(application != null) ? application.application().getReceivedNumber() : null,
					carriedFrom.get(item.getId()));
		});
	}

	private List<EligibleApplication> eligible(Council council, AccountPrincipal user) {
		Set<Long> served = council.getMunicipalities().stream().map(Municipality::getId).collect(Collectors.toSet());
		List<ApplicationRow> rows = this.applications.awaitingDeliberation(user, served);
		// on the agenda but named by no 次第: a written deliberation holds it
		Set<Long> onSomeAgenda = this.items
			.findByApplicationIdIn(rows.stream().map((row) -> row.application().getId()).toList())
			.stream()
			.map(AgendaItem::getApplicationId)
			.collect(Collectors.toSet());
		return rows.stream()
			.filter((row) -> row.application().getStatus() == ApplicationStatus.RECEIVED
					|| onSomeAgenda.contains(row.application().getId()))
			.map((row) -> new EligibleApplication(row.application().getId(), row.application().getReceivedNumber(),
					row.operatorName(), row.application().getType()))
			.toList();
	}

	// ---------------------------------------------------------------- meetings

	/**
	 * Creates a meeting with the usual 次第.
	 * @param councilId the council
	 * @param form the form
	 * @param user the signed-in user
	 * @return the new meeting's id
	 * @throws MeetingRefusedException when the number is already taken in its 年度
	 */
	@Transactional
	public long create(long councilId, MeetingForm form, AccountPrincipal user) {
		Council council = this.councils.council(councilId, user);
		Meeting meeting = new Meeting(council.getId());
		apply(meeting, form, 0L);
		this.meetings.saveAndFlush(meeting);
		int position = 0;
		for (AgendaTemplate.Line line : AgendaTemplate.USUAL) {
			this.items
				.save(new AgendaItem(meeting.getId(), ++position, line.kind(), line.title(), null, line.subItem()));
		}
		return meeting.getId();
	}

	@Transactional
	public void update(long id, MeetingForm form, AccountPrincipal user) {
		Meeting meeting = meeting(id, user);
		checkVersion(meeting.getVersion(), form.getVersion());
		if (meeting.getStatus() == MeetingStatus.MINUTES_FINAL || meeting.getStatus() == MeetingStatus.PUBLISHED) {
			// the final minutes record the meeting as it was held
			throw new MeetingRefusedException("meeting.refused.minutesFinal");
		}
		apply(meeting, form, id);
	}

	private void apply(Meeting meeting, MeetingForm form, long id) {
		Instant startsAt = form.getDate().atTime(form.getStartTime()).atZone(Kyogikai.ZONE).toInstant();
		Instant endsAt = (form.getEndTime() != null)
				? form.getDate().atTime(form.getEndTime()).atZone(Kyogikai.ZONE).toInstant() : null;
		if (endsAt != null && !endsAt.isAfter(startsAt)) {
			throw new MeetingRefusedException("meeting.refused.endBeforeStart");
		}
		if (form.isOnline() && (form.getOnlineUrl() == null || form.getOnlineUrl().isBlank())) {
			throw new MeetingRefusedException("meeting.refused.onlineUrl");
		}
		if (form.getOnlineUrl() != null && !form.getOnlineUrl().isBlank()
				&& !form.getOnlineUrl().strip().startsWith("https://")) {
			throw new MeetingRefusedException("meeting.refused.onlineUrlHttps");
		}
		if (!form.isOnline() && (form.getPlace() == null || form.getPlace().isBlank())) {
			throw new MeetingRefusedException("meeting.refused.place");
		}
		FiscalYear fiscalYear = FiscalYear.of(form.getDate());
		int number = (form.getNumber() != null) ? form.getNumber() : nextNumber(meeting.getCouncilId(), fiscalYear);
		if (this.meetings.existsByCouncilIdAndFiscalYearAndNumberAndIdNot(meeting.getCouncilId(),
				fiscalYear.startYear(), number, id)) {
			throw new MeetingRefusedException("meeting.refused.numberTaken", fiscalYear.label(), number);
		}
		meeting.update(fiscalYear.startYear(), number, startsAt, endsAt, form.getPlace(), form.isOnline(),
				form.getOnlineUrl(), form.getOpenness());
	}

	/**
	 * Moves the meeting to another status.
	 * @param id the meeting
	 * @param to the wanted status
	 * @param version the version the page was opened on
	 * @param user the signed-in user
	 * @throws MeetingRefusedException when the move is not allowed
	 */
	@Transactional
	public void changeStatus(long id, MeetingStatus to, long version, AccountPrincipal user) {
		Meeting meeting = meeting(id, user);
		checkVersion(meeting.getVersion(), version);
		if (!MeetingTransitions.allowed(meeting.getStatus(), to)) {
			throw new MeetingRefusedException("meeting.refused.status");
		}
		meeting.setStatus(to);
	}

	/**
	 * A step staff take by hand on the meeting page: only 予定 ⇄ 招集済み (開催済み comes from
	 * opening the meeting, the minutes' steps from the minutes).
	 * @param id the meeting
	 * @param to the wanted status
	 * @param version the version the page was opened on
	 * @param user the signed-in user
	 * @throws MeetingRefusedException when the move is not allowed by hand
	 */
	@Transactional
	public void changeStatusByHand(long id, MeetingStatus to, long version, AccountPrincipal user) {
		Meeting meeting = meeting(id, user);
		if (!MeetingTransitions.byHand(meeting.getStatus(), to)) {
			throw new MeetingRefusedException("meeting.refused.status");
		}
		changeStatus(id, to, version, user);
	}

	// ---------------------------------------------------------------- the 次第

	@Transactional
	public void addItem(long meetingId, AgendaItemForm form, AccountPrincipal user) {
		Meeting meeting = editable(meetingId, user);
		List<AgendaItem> agenda = this.items.findByMeetingIdOrderByPositionAscIdAsc(meeting.getId());
		int position = agenda.isEmpty() ? 1 : agenda.get(agenda.size() - 1).getPosition() + 1;
		this.items.save(new AgendaItem(meeting.getId(), position, form.getKind(), form.getTitle(), form.getMaterials(),
				form.isSubItem()));
	}

	public AgendaItem item(long meetingId, long itemId, AccountPrincipal user) {
		Meeting meeting = meeting(meetingId, user);
		return this.items.findById(itemId)
			.filter((item) -> item.getMeetingId() == meeting.getId())
			.orElseThrow(() -> new MeetingNotFoundException("次第 " + itemId));
	}

	@Transactional
	public void updateItem(long meetingId, long itemId, AgendaItemForm form, AccountPrincipal user) {
		editable(meetingId, user);
		AgendaItem item = item(meetingId, itemId, user);
		checkVersion(item.getVersion(), form.getVersion());
		if (item.getApplicationId() != null && form.getKind() != AgendaItemKind.DELIBERATION) {
			throw new MeetingRefusedException("meeting.refused.kindWithApplication");
		}
		item.update(form.getKind(), form.getTitle(), form.getMaterials(), form.isSubItem());
	}

	@Transactional
	public void deleteItem(long meetingId, long itemId, AccountPrincipal user) {
		editable(meetingId, user);
		AgendaItem item = item(meetingId, itemId, user);
		Long applicationId = item.getApplicationId();
		this.items.delete(item);
		this.items.flush();
		if (applicationId != null) {
			takeOffAgendaIfUnused(applicationId, user);
		}
		renumber(meetingId);
	}

	/**
	 * Moves an item one place up or down.
	 */
	@Transactional
	public void moveItem(long meetingId, long itemId, boolean up, AccountPrincipal user) {
		editable(meetingId, user);
		AgendaItem item = item(meetingId, itemId, user);
		List<AgendaItem> agenda = new ArrayList<>(this.items.findByMeetingIdOrderByPositionAscIdAsc(meetingId));
		int index = agenda.indexOf(item);
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= agenda.size()) {
			return;
		}
		agenda.set(index, agenda.get(other));
		agenda.set(other, item);
		for (int i = 0; i < agenda.size(); i++) {
			agenda.get(i).setPosition(i + 1);
		}
	}

	/**
	 * Links a 協議事項 to an application, which goes on the agenda (受付済み → 議題に掲載). An
	 * application already deliberated at an earlier meeting of the council arrives
	 * carried over (継続審議) from its latest item there.
	 * @throws MeetingRefusedException when the item is not a 協議事項, the application is not
	 * received, or of a municipality the council does not serve
	 */
	@Transactional
	public void linkApplication(long meetingId, long itemId, long applicationId, AccountPrincipal user) {
		Meeting meeting = editable(meetingId, user);
		AgendaItem item = item(meetingId, itemId, user);
		if (item.getKind() != AgendaItemKind.DELIBERATION) {
			throw new MeetingRefusedException("meeting.refused.notDeliberation");
		}
		if (item.getApplicationId() != null && item.getApplicationId() == applicationId) {
			return;
		}
		Application application;
		try {
			application = this.applications.view(applicationId, user).application();
		}
		catch (RuntimeException ex) {
			throw new MeetingRefusedException("meeting.refused.applicationUnknown");
		}
		Council council = this.councils.council(meeting.getCouncilId(), user);
		boolean served = council.getMunicipalities()
			.stream()
			.anyMatch((municipality) -> municipality.getId() == application.getMunicipalityId());
		if (!served) {
			throw new MeetingRefusedException("meeting.refused.applicationUnknown");
		}
		if (application.getStatus() == ApplicationStatus.RECEIVED) {
			try {
				this.applications.putOnAgenda(applicationId, user);
			}
			catch (IllegalTransitionException ex) {
				throw new MeetingRefusedException("meeting.refused.applicationNotReceived");
			}
		}
		else if (application.getStatus() != ApplicationStatus.ON_AGENDA) {
			throw new MeetingRefusedException("meeting.refused.applicationNotReceived");
		}
		else if (this.items.countByApplicationId(applicationId) == 0) {
			// on the agenda of no 次第: a written deliberation (書面協議) holds it
			throw new MeetingRefusedException("meeting.refused.applicationElsewhere");
		}
		Long previous = item.getApplicationId();
		item.setApplicationId(applicationId);
		item.setCarriedFromItemId(earlierItem(meeting, applicationId).map(AgendaItem::getId).orElse(null));
		this.items.flush();
		if (previous != null) {
			takeOffAgendaIfUnused(previous, user);
		}
	}

	@Transactional
	public void unlinkApplication(long meetingId, long itemId, AccountPrincipal user) {
		editable(meetingId, user);
		AgendaItem item = item(meetingId, itemId, user);
		Long applicationId = item.getApplicationId();
		if (applicationId == null) {
			return;
		}
		item.setApplicationId(null);
		item.setCarriedFromItemId(null);
		this.items.flush();
		takeOffAgendaIfUnused(applicationId, user);
	}

	private Optional<AgendaItem> earlierItem(Meeting meeting, long applicationId) {
		Map<Long, Meeting> earlier = new HashMap<>();
		for (Meeting other : this.meetings.findByCouncilIdOrderByFiscalYearDescNumberDesc(meeting.getCouncilId())) {
			if (other.getStartsAt().isBefore(meeting.getStartsAt())) {
				earlier.put(other.getId(), other);
			}
		}
		return this.items.findByApplicationId(applicationId)
			.stream()
			.filter((item) -> earlier.containsKey(item.getMeetingId()))
			.max(Comparator.comparing((AgendaItem item) -> earlier.get(item.getMeetingId()).getStartsAt()));
	}

	private void takeOffAgendaIfUnused(long applicationId, AccountPrincipal user) {
		if (this.items.countByApplicationId(applicationId) > 0) {
			return;
		}
		try {
			if (this.applications.view(applicationId, user).application().getStatus() == ApplicationStatus.ON_AGENDA) {
				this.applications.removeFromAgenda(applicationId, user);
			}
		}
		catch (IllegalTransitionException ex) {
			throw new MeetingRefusedException("meeting.refused.applicationNotOnAgenda");
		}
	}

	private void renumber(long meetingId) {
		int position = 0;
		for (AgendaItem item : this.items.findByMeetingIdOrderByPositionAscIdAsc(meetingId)) {
			item.setPosition(++position);
		}
	}

	private Meeting editable(long meetingId, AccountPrincipal user) {
		Meeting meeting = meeting(meetingId, user);
		if (!MeetingTransitions.agendaEditable(meeting.getStatus())) {
			throw new MeetingRefusedException("meeting.refused.agendaClosed");
		}
		return meeting;
	}

	private static void checkVersion(long actual, long expected) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(Meeting.class, "version");
		}
	}

	// ---------------------------------------------------------------- iCalendar

	/**
	 * The meeting as an iCalendar file.
	 * @param id the meeting
	 * @param user the signed-in user
	 * @return the text of the file (CRLF lines, folded)
	 */
	public String icalendar(long id, AccountPrincipal user) {
		CheckedMeeting checked = checked(id, user);
		return ICalendar.event(checked.meeting(), checked.council().getName(), this.clock.instant());
	}

}
