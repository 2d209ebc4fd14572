package jp.kyogikai.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.attendance.AttendanceReply;
import jp.kyogikai.attendance.AttendanceService;
import jp.kyogikai.attendance.StaffReplies;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.meeting.AgendaItem;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingDirectory;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.voting.rule.QuorumCount;
import jp.kyogikai.voting.rule.Seat;
import jp.kyogikai.voting.rule.Sitting;
import jp.kyogikai.voting.rule.VotingRules;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting as it is held: who is there (marked by staff on the live screen), the
 * non-members and observers, opening and closing, and the quorum and the presiding member
 * at this moment.
 * <p>
 * Every method reads the meeting through {@link AttendanceService#replies}, which checks
 * it through {@link MeetingService#meeting}: staff of another municipality get a 404
 * (members and operators never reach {@code /meetings/**}). Members' attendance starts
 * from their replies (no reply: 欠席) and is stored when staff first open the live screen
 * or change anything; until then {@link #sitting} computes it from the replies without
 * storing it. Attendance may be marked while the meeting is 招集済み or 開催済み.
 * <p>
 * "Now" is the clock, or the latest arrival or departure recorded when that is later (a
 * meeting entered after the fact, or a test's meeting on a day to come): a member who
 * left is absent from the departure on, one who came late present from the arrival.
 */
@Service
@Transactional(readOnly = true)
public class LiveMeetingService {

	static final int NAME_MAX_LENGTH = 100;

	static final int AFFILIATION_MAX_LENGTH = 200;

	private final AttendanceService attendance;

	private final MeetingService meetings;

	private final MeetingDirectory directory;

	private final CouncilService councils;

	private final MeetingAttendanceRepository marks;

	private final MeetingAttendeeRepository attendees;

	private final MeetingSessionRepository sessions;

	private final MessageSource messages;

	private final Clock clock;

	LiveMeetingService(AttendanceService attendance, MeetingService meetings, MeetingDirectory directory,
			CouncilService councils, MeetingAttendanceRepository marks, MeetingAttendeeRepository attendees,
			MeetingSessionRepository sessions, MessageSource messages, Clock clock) {
		this.attendance = attendance;
		this.meetings = meetings;
		this.directory = directory;
		this.councils = councils;
		this.marks = marks;
		this.attendees = attendees;
		this.sessions = sessions;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- the API for
	// deciding

	/**
	 * The meeting at this moment: the {@link Sitting} of the members in office on the
	 * meeting's day with where each is now, and their names.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the sitting now
	 */
	public LiveSitting sitting(long meetingId, AccountPrincipal user) {
		return load(meetingId, user).sitting();
	}

	/**
	 * The meeting at this moment, when it is quorate: what a decision screen asks before
	 * recording a decision.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the sitting now
	 * @throws LiveMeetingRefusedException when the quorum is not met:
	 * 「定足数に達していないため、議決できません（委員9人中4人出席、定足数5人）」
	 */
	public LiveSitting requireQuorum(long meetingId, AccountPrincipal user) {
		LiveSitting sitting = sitting(meetingId, user);
		QuorumCount quorum = sitting.quorum();
		if (!quorum.met()) {
			throw refused("live.refused.noQuorum", quorum.members(), quorum.counted(), quorum.required());
		}
		return sitting;
	}

	/**
	 * What was recorded of the meeting, for its minutes: attendance, non-members,
	 * observers, times, and the quorum and presiding member at the opening (now, when it
	 * was never opened). Stores nothing.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the record
	 */
	public MeetingRecord record(long meetingId, AccountPrincipal user) {
		State state = load(meetingId, user);
		MeetingSession session = state.session();
		State atOpening = (session.getOpenedAt() != null) ? state.at(session.getOpenedAt()) : state;
		LiveSitting sitting = atOpening.sitting();
		String presiding = sitting.presiding(List.of()).map((seat) -> sitting.name(seat.memberId())).orElse(null);
		List<MeetingRecord.MemberLine> members = state.lines()
			.stream()
			.map((line) -> new MeetingRecord.MemberLine(line.member(), line.mark().getAttendance(),
					line.mark().getProxyName(), line.mark().getArrivedAt(), line.mark().getLeftAt()))
			.toList();
		return new MeetingRecord(state.meeting(), this.councils.rulesOf(state.meeting().getCouncilId()).name(),
				session.getOpenedAt(), session.getClosedAt(), session.getObservers(), members,
				this.attendees.findByMeetingIdOrderByIdAsc(meetingId), sitting.quorumStatement(), presiding);
	}

	// ---------------------------------------------------------------- the live screen

	/**
	 * The live screen; the first opening stores each member's attendance from the
	 * replies.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the page
	 */
	@Transactional
	public LivePage page(long meetingId, AccountPrincipal user) {
		State state = load(meetingId, user);
		if (state.editable()) {
			state = store(state);
		}
		LiveSitting sitting = state.sitting();
		Map<Long, AgendaItem> items = this.directory.items(meetingId)
			.stream()
			.collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
		List<LivePage.Row> rows = state.lines()
			.stream()
			.map((line) -> new LivePage.Row(line.member(), line.mark(), seat(sitting, line.member().memberId())))
			.toList();
		List<LivePage.AttendeeRow> others = this.attendees.findByMeetingIdOrderByIdAsc(meetingId)
			.stream()
			.sorted((a, b) -> a.getKind().compareTo(b.getKind()))
			.map((a) -> new LivePage.AttendeeRow(a,
					(a.getAgendaItemId() != null && items.containsKey(a.getAgendaItemId()))
							? items.get(a.getAgendaItemId()).getTitle() : null))
			.toList();
		List<AgendaLine> deliberations = this.directory.agenda(meetingId)
			.stream()
			.filter((line) -> line.item().getKind() == AgendaItemKind.DELIBERATION)
			.toList();
		return new LivePage(state.meeting(), this.councils.rulesOf(state.meeting().getCouncilId()).name(),
				state.settings(), rows, others, state.session(), sitting, deliberations, state.editable(),
				LocalTime.now(this.clock.withZone(Kyogikai.ZONE)).withSecond(0).withNano(0));
	}

	private static Attendance seat(LiveSitting sitting, long memberId) {
		return sitting.seats()
			.stream()
			.filter((seat) -> seat.memberId() == memberId)
			.map(Seat::attendance)
			.findFirst()
			.orElse(Attendance.ABSENT);
	}

	/**
	 * Marks a member 出席 / 欠席 / 代理出席.
	 * @param meetingId the meeting
	 * @param memberId a member in office on the meeting's day
	 * @param user staff of the council
	 * @param mark the attendance
	 * @param proxyName the proxy's name for 代理出席
	 * @param version the version the screen showed
	 * @throws LiveMeetingRefusedException for a proxy the charter does not allow or
	 * without a name (nothing changed)
	 */
	@Transactional
	public void mark(long meetingId, long memberId, AccountPrincipal user, Attendance mark, String proxyName,
			long version) {
		State state = editable(meetingId, user);
		if (mark == null) {
			throw refused("live.refused.attendance");
		}
		String name = blankToNull(proxyName);
		if (mark == Attendance.PROXY) {
			if (!state.settings().proxyPolicy().allowed()) {
				throw refused("live.refused.proxyNotAllowed");
			}
			if (name == null) {
				throw refused("live.refused.proxyName");
			}
			if (name.length() > NAME_MAX_LENGTH) {
				throw refused("live.refused.proxyNameLength", NAME_MAX_LENGTH);
			}
		}
		MeetingAttendance line = line(state, memberId, version);
		line.mark(mark, name);
		this.marks.saveAndFlush(line);
	}

	/**
	 * Records a late arrival (遅参): the member is present from then on.
	 * @param meetingId the meeting
	 * @param memberId the member
	 * @param user staff of the council
	 * @param time the time on the meeting's day, {@code null} for now
	 * @param version the version the screen showed
	 */
	@Transactional
	public void arrive(long meetingId, long memberId, AccountPrincipal user, LocalTime time, long version) {
		State state = editable(meetingId, user);
		MeetingAttendance line = line(state, memberId, version);
		Instant at = instant(state.meeting(), time);
		if (line.getLeftAt() != null && !line.getLeftAt().isAfter(at)) {
			throw refused("live.refused.arrivalAfterDeparture");
		}
		line.arrive(at);
		this.marks.saveAndFlush(line);
	}

	/**
	 * Records an early departure (退席): the member is absent from then on.
	 * @param meetingId the meeting
	 * @param memberId the member
	 * @param user staff of the council
	 * @param time the time on the meeting's day, {@code null} for now
	 * @param version the version the screen showed
	 */
	@Transactional
	public void leave(long meetingId, long memberId, AccountPrincipal user, LocalTime time, long version) {
		State state = editable(meetingId, user);
		MeetingAttendance line = line(state, memberId, version);
		if (line.getAttendance() == Attendance.ABSENT) {
			throw refused("live.refused.absentCannotLeave");
		}
		Instant at = instant(state.meeting(), time);
		if (line.getArrivedAt() != null && !at.isAfter(line.getArrivedAt())) {
			throw refused("live.refused.departureBeforeArrival");
		}
		line.leave(at);
		this.marks.saveAndFlush(line);
	}

	/**
	 * 再入室: forgets a departure.
	 * @param meetingId the meeting
	 * @param memberId the member
	 * @param user staff of the council
	 * @param version the version the screen showed
	 */
	@Transactional
	public void returnToSeat(long meetingId, long memberId, AccountPrincipal user, long version) {
		State state = editable(meetingId, user);
		MeetingAttendance line = line(state, memberId, version);
		line.returnToSeat();
		this.marks.saveAndFlush(line);
	}

	/**
	 * Adds a non-member.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @param kind 事務局 / 説明者 / 参考人
	 * @param name the name
	 * @param affiliation the organisation and title, or {@code null}
	 * @param agendaItemId the 協議事項 a 説明者 explains, or {@code null}
	 */
	@Transactional
	public void addAttendee(long meetingId, AccountPrincipal user, AttendeeKind kind, String name, String affiliation,
			Long agendaItemId) {
		State state = editable(meetingId, user);
		String cleanName = blankToNull(name);
		String cleanAffiliation = blankToNull(affiliation);
		if (kind == null) {
			throw refused("live.refused.attendeeKind");
		}
		if (cleanName == null) {
			throw refused("live.refused.attendeeName");
		}
		if (cleanName.length() > NAME_MAX_LENGTH) {
			throw refused("live.refused.attendeeNameLength", NAME_MAX_LENGTH);
		}
		if (cleanAffiliation != null && cleanAffiliation.length() > AFFILIATION_MAX_LENGTH) {
			throw refused("live.refused.affiliationLength", AFFILIATION_MAX_LENGTH);
		}
		Long item = (kind == AttendeeKind.EXPLAINER) ? agendaItemId : null;
		if (item != null && this.directory.item(meetingId, item).isEmpty()) {
			throw refused("live.refused.item");
		}
		this.attendees
			.saveAndFlush(new MeetingAttendee(state.meeting().getId(), kind, cleanName, cleanAffiliation, item));
	}

	/**
	 * Removes a non-member.
	 * @param meetingId the meeting
	 * @param attendeeId the non-member
	 * @param user staff of the council
	 * @param version the version the screen showed
	 */
	@Transactional
	public void removeAttendee(long meetingId, long attendeeId, AccountPrincipal user, long version) {
		editable(meetingId, user);
		MeetingAttendee attendee = this.attendees.findById(attendeeId)
			.filter((a) -> a.getMeetingId() == meetingId)
			.orElseThrow(() -> new LiveMeetingNotFoundException("出席者 " + attendeeId));
		checkVersion(attendee.getVersion(), version, MeetingAttendee.class);
		this.attendees.delete(attendee);
		this.attendees.flush();
	}

	/**
	 * Counts one observer (傍聴人) more or fewer.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @param delta +1 or -1
	 * @param version the version the screen showed
	 */
	@Transactional
	public void observers(long meetingId, AccountPrincipal user, int delta, long version) {
		State state = editable(meetingId, user);
		MeetingSession session = state.session();
		checkVersion(session.getVersion(), version, MeetingSession.class);
		int observers = session.getObservers() + Integer.signum(delta);
		if (observers < 0) {
			throw refused("live.refused.observers");
		}
		session.observers(observers);
		this.sessions.saveAndFlush(session);
	}

	/**
	 * 開会: the meeting is held from now (招集済み → 開催済み), when it is quorate.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @param time the time on the meeting's day, {@code null} for now
	 * @param version the session's version the screen showed
	 * @throws LiveMeetingRefusedException when the meeting is not 招集済み or not quorate
	 */
	@Transactional
	public void open(long meetingId, AccountPrincipal user, LocalTime time, long version) {
		State state = editable(meetingId, user);
		MeetingSession session = state.session();
		checkVersion(session.getVersion(), version, MeetingSession.class);
		if (state.meeting().getStatus() != MeetingStatus.CONVENED || session.getOpenedAt() != null) {
			throw refused("live.refused.notConvened");
		}
		QuorumCount quorum = state.sitting().quorum();
		if (!quorum.met()) {
			throw refused("live.refused.openWithoutQuorum", quorum.members(), quorum.counted(), quorum.required());
		}
		this.meetings.changeStatus(meetingId, MeetingStatus.HELD, state.meeting().getVersion(), user);
		session.open(instant(state.meeting(), time));
		this.sessions.saveAndFlush(session);
	}

	/**
	 * 閉会: records the closing time; the meeting stays 開催済み.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @param time the time on the meeting's day, {@code null} for now
	 * @param version the session's version the screen showed
	 */
	@Transactional
	public void close(long meetingId, AccountPrincipal user, LocalTime time, long version) {
		State state = editable(meetingId, user);
		MeetingSession session = state.session();
		checkVersion(session.getVersion(), version, MeetingSession.class);
		if (!session.inSession()) {
			throw refused("live.refused.notOpen");
		}
		Instant at = instant(state.meeting(), time);
		if (at.isBefore(session.getOpenedAt())) {
			throw refused("live.refused.closeBeforeOpen");
		}
		session.close(at);
		this.sessions.saveAndFlush(session);
	}

	// ---------------------------------------------------------------- state

	/**
	 * A member's line: the roster entry and the stored attendance, or one made from the
	 * reply (not yet stored).
	 */
	private record Line(jp.kyogikai.member.RosterEntry member, MeetingAttendance mark) {
	}

	private record State(Meeting meeting, CharterSettings settings, List<Line> lines, MeetingSession session,
			boolean editable, Instant now) {

		State at(Instant moment) {
			return new State(this.meeting, this.settings, this.lines, this.session, this.editable, moment);
		}

		LiveSitting sitting() {
			VotingRules rules = VotingRules.of(this.settings);
			boolean proxies = this.settings.proxyPolicy().allowed();
			List<Seat> seats = new ArrayList<>();
			Map<Long, String> names = new LinkedHashMap<>();
			for (Line line : this.lines) {
				Attendance now = line.mark().at(this.now);
				if (now == Attendance.PROXY && !proxies) {
					now = Attendance.ABSENT;
				}
				OfficerRole role = line.member().officerRole();
				seats.add(new Seat(line.member().memberId(), now, role == OfficerRole.CHAIR,
						role == OfficerRole.VICE_CHAIR));
				names.put(line.member().memberId(), line.member().name());
			}
			return new LiveSitting(this.meeting.getId(), rules, new Sitting(rules, seats), List.copyOf(seats), names,
					this.now, this.session.inSession());
		}

	}

	private State load(long meetingId, AccountPrincipal user) {
		StaffReplies replies = this.attendance.replies(meetingId, user);
		Meeting meeting = replies.meeting();
		CharterSettings settings = this.councils.rulesOf(meeting.getCouncilId()).settings();
		Map<Long, MeetingAttendance> stored = this.marks.findByMeetingId(meetingId)
			.stream()
			.collect(Collectors.toMap(MeetingAttendance::getMemberId, Function.identity()));
		List<Line> lines = new ArrayList<>();
		for (StaffReplies.Row row : replies.rows()) {
			MeetingAttendance mark = stored.get(row.member().memberId());
			if (mark == null) {
				mark = fromReply(meetingId, row.member().memberId(), row.reply(), settings);
			}
			lines.add(new Line(row.member(), mark));
		}
		MeetingSession session = this.sessions.findByMeetingId(meetingId)
			.orElseGet(() -> new MeetingSession(meetingId));
		Instant now = lines.stream()
			.map(Line::mark)
			.flatMap((mark) -> Stream.of(mark.getArrivedAt(), mark.getLeftAt()))
			.filter(Objects::nonNull)
			.reduce(this.clock.instant(), (a, b) -> a.isAfter(b) ? a : b);
		boolean editable = meeting.getStatus() == MeetingStatus.CONVENED || meeting.getStatus() == MeetingStatus.HELD;
		return new State(meeting, settings, lines, session, editable, now);
	}

	private static MeetingAttendance fromReply(long meetingId, long memberId, AttendanceReply reply,
			CharterSettings settings) {
		Attendance answer = (reply != null) ? reply.getReply() : Attendance.ABSENT;
		if (answer == Attendance.PROXY && !settings.proxyPolicy().allowed()) {
			answer = Attendance.ABSENT;
		}
		return new MeetingAttendance(meetingId, memberId, answer,
				(answer == Attendance.PROXY) ? reply.getProxyName() : null);
	}

	/**
	 * Stores the attendance made from the replies and the session, once.
	 */
	private State store(State state) {
		boolean stored = false;
		for (Line line : state.lines()) {
			if (line.mark().getId() == null) {
				this.marks.save(line.mark());
				stored = true;
			}
		}
		if (state.session().getId() == null) {
			this.sessions.save(state.session());
			stored = true;
		}
		if (stored) {
			this.marks.flush();
		}
		return state;
	}

	private State editable(long meetingId, AccountPrincipal user) {
		State state = load(meetingId, user);
		if (!state.editable()) {
			throw refused("live.refused.closed");
		}
		return store(state);
	}

	private MeetingAttendance line(State state, long memberId, long version) {
		MeetingAttendance mark = state.lines()
			.stream()
			.filter((line) -> line.member().memberId() == memberId)
			.map(Line::mark)
			.findFirst()
			.orElseThrow(() -> new LiveMeetingNotFoundException("委員 " + memberId));
		checkVersion(mark.getVersion(), version, MeetingAttendance.class);
		return mark;
	}

	private Instant instant(Meeting meeting, LocalTime time) {
		LocalDate day = LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
		LocalTime at = (time != null) ? time : LocalTime.now(this.clock.withZone(Kyogikai.ZONE));
		return day.atTime(at.withSecond(0).withNano(0)).atZone(Kyogikai.ZONE).toInstant();
	}

	private static void checkVersion(long actual, long expected, Class<?> type) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, "version");
		}
	}

	private LiveMeetingRefusedException refused(String code, Object... arguments) {
		return new LiveMeetingRefusedException(code, arguments,
				this.messages.getMessage(code, arguments, Locale.JAPANESE));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
