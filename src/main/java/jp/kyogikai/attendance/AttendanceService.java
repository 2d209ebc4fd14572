package jp.kyogikai.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.attendance.rule.QuorumForecast;
import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.CheckedMeeting;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingDirectory;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.MeetingTransitions;
import jp.kyogikai.member.MemberSeats;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance replies and private notes.
 * <p>
 * A member sees a meeting of a council once it is convened (a 予定 meeting is the
 * secretariat's draft, its day not yet announced) and when the member is in office there
 * on the meeting's day (the meetings it is called to) or today (so that a member reads
 * the council's earlier meetings); anything else is a 404, as an unknown id. Only a
 * member in office on the meeting's day replies, until the meeting is held. Notes belong
 * to the member who wrote them and are read only by the member's own id.
 * <p>
 * Staff reach the replies through {@link MeetingService#meeting}, so staff of another
 * municipality get a 404, and may record a reply on a member's behalf.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

	/** The longest note kept for one 次第 item. */
	static final int NOTE_MAX_LENGTH = 4000;

	private final MeetingDirectory directory;

	private final MeetingService meetings;

	private final MemberSeats seats;

	private final MemberService members;

	private final CouncilService councils;

	private final AttendanceReplyRepository replies;

	private final MemberNoteRepository notes;

	private final Clock clock;

	AttendanceService(MeetingDirectory directory, MeetingService meetings, MemberSeats seats, MemberService members,
			CouncilService councils, AttendanceReplyRepository replies, MemberNoteRepository notes, Clock clock) {
		this.directory = directory;
		this.meetings = meetings;
		this.seats = seats;
		this.members = members;
		this.councils = councils;
		this.replies = replies;
		this.notes = notes;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- members

	/**
	 * The meetings still to come for the member's home page.
	 * @param user the signed-in member
	 * @return convened meetings from today on, soonest first, with the member's replies
	 */
	public List<MemberMeeting> upcoming(AccountPrincipal user) {
		return meetings(user).upcoming();
	}

	/**
	 * The meetings of the member's councils the member may see.
	 * @param user the signed-in member
	 * @return those to come and the others
	 */
	public MemberMeetings meetings(AccountPrincipal user) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			return new MemberMeetings(List.of(), List.of());
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Meeting> visible = this.directory.readableByMember(user, this.members.councilIdsOfMember(user));
		if (visible.isEmpty()) {
			return new MemberMeetings(List.of(), List.of());
		}
		Map<Long, AttendanceReply> replied = this.replies
			.findByMemberIdAndMeetingIdIn(user.memberId(), visible.stream().map(Meeting::getId).toList())
			.stream()
			.collect(Collectors.toMap(AttendanceReply::getMeetingId, Function.identity()));
		Map<Long, String> names = new HashMap<>();
		List<MemberMeeting> upcoming = new ArrayList<>();
		List<MemberMeeting> past = new ArrayList<>();
		for (Meeting meeting : visible) {
			MemberMeeting line = new MemberMeeting(meeting,
					names.computeIfAbsent(meeting.getCouncilId(), (id) -> this.councils.rulesOf(id).name()),
					replied.get(meeting.getId()));
			boolean toCome = meeting.getStatus() == MeetingStatus.CONVENED && !line.date().isBefore(today);
			(toCome ? upcoming : past).add(line);
		}
		past.sort(Comparator.comparing((MemberMeeting m) -> m.meeting().getStartsAt()).reversed());
		return new MemberMeetings(upcoming, past);
	}

	/**
	 * A meeting's page for a member.
	 * @param meetingId the meeting
	 * @param user the signed-in member
	 * @return the meeting, its 次第, the member's reply and notes
	 * @throws AttendanceNotFoundException when the member may not see it
	 */
	public MemberMeetingPage page(long meetingId, AccountPrincipal user) {
		Meeting meeting = visible(meetingId, user);
		List<AgendaLine> agenda = this.directory.agenda(meetingId);
		Map<Long, String> own = new HashMap<>();
		List<Long> itemIds = agenda.stream().map((line) -> line.item().getId()).toList();
		if (!itemIds.isEmpty()) {
			this.notes.findByMemberIdAndAgendaItemIdIn(user.memberId(), itemIds)
				.forEach((note) -> own.put(note.getAgendaItemId(), note.getText()));
		}
		AttendanceReply reply = this.replies.findByMeetingIdAndMemberId(meetingId, user.memberId()).orElse(null);
		CouncilRules rules = this.councils.rulesOf(meeting.getCouncilId());
		MemberMeeting line = new MemberMeeting(meeting, rules.name(), reply);
		return new MemberMeetingPage(line, agenda, own, replyOpen(meeting),
				this.seats.inOffice(user, meeting.getCouncilId(), line.date()), rules.settings().proxyPolicy());
	}

	/**
	 * Saves the member's own reply.
	 * @param meetingId the meeting
	 * @param user the signed-in member
	 * @param form the reply
	 * @throws AttendanceNotFoundException when the member may not see the meeting
	 * @throws AttendanceRefusedException when the reply is refused (nothing changed)
	 */
	@Transactional
	public void reply(long meetingId, AccountPrincipal user, ReplyForm form) {
		Meeting meeting = visible(meetingId, user);
		if (!this.seats.inOffice(user, meeting.getCouncilId(), date(meeting))) {
			throw new AttendanceRefusedException(null, "attendance.refused.notInOffice");
		}
		save(meeting, user.memberId(), form);
	}

	/**
	 * Saves the member's private note on a 次第 item; an empty text removes it.
	 * @param meetingId the meeting
	 * @param itemId the 次第 item
	 * @param user the signed-in member
	 * @param text the note
	 * @throws AttendanceNotFoundException when the member may not see the meeting or the
	 * item is not on its 次第
	 * @throws AttendanceRefusedException when the note is too long (nothing changed)
	 */
	@Transactional
	public void saveNote(long meetingId, long itemId, AccountPrincipal user, String text) {
		visible(meetingId, user);
		this.directory.item(meetingId, itemId).orElseThrow(() -> new AttendanceNotFoundException("次第 " + itemId));
		String stripped = (text != null) ? text.strip() : "";
		if (stripped.length() > NOTE_MAX_LENGTH) {
			throw new AttendanceRefusedException("text", "attendance.refused.noteTooLong");
		}
		var existing = this.notes.findByMemberIdAndAgendaItemId(user.memberId(), itemId);
		if (stripped.isEmpty()) {
			existing.ifPresent(this.notes::delete);
			return;
		}
		MemberNote note = existing.orElseGet(() -> new MemberNote(user.memberId(), itemId));
		note.write(stripped, this.clock.instant());
		this.notes.save(note);
	}

	private Meeting visible(long meetingId, AccountPrincipal user) {
		return this.directory.readableByMember(meetingId, user)
			.orElseThrow(() -> new AttendanceNotFoundException("会議 " + meetingId));
	}

	// ---------------------------------------------------------------- staff

	/**
	 * The replies to a meeting for its staff page.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return every member in office on the meeting's day, and the forecast
	 */
	public StaffReplies replies(long meetingId, AccountPrincipal user) {
		return replies(this.meetings.checked(meetingId, user));
	}

	/**
	 * The replies to the meeting the staff page checked (the panel 「出欠の回答」).
	 * @param checked the meeting, checked for the page's user
	 * @return every member in office on the meeting's day, and the forecast
	 */
	public StaffReplies replies(CheckedMeeting checked) {
		Meeting meeting = checked.meeting();
		Map<Long, AttendanceReply> byMember = this.replies.findByMeetingId(meeting.getId())
			.stream()
			.collect(Collectors.toMap(AttendanceReply::getMemberId, Function.identity()));
		List<StaffReplies.Row> rows = this.members.roster(meeting.getCouncilId(), checked.user(), date(meeting))
			.entries()
			.stream()
			.map((entry) -> new StaffReplies.Row(entry, byMember.get(entry.memberId())))
			.toList();
		CharterSettings settings = this.councils.rulesOf(checked.council()).settings();
		List<Attendance> answers = rows.stream()
			.map(StaffReplies.Row::reply)
			.filter(Objects::nonNull)
			.map(AttendanceReply::getReply)
			.toList();
		QuorumForecast forecast = QuorumForecast.of(rows.size(), answers, settings.quorumRule(),
				settings.proxyPolicy());
		return new StaffReplies(meeting, rows, forecast, settings.proxyPolicy(), replyOpen(meeting));
	}

	/**
	 * One member's line of the replies.
	 * @param replies the meeting's replies
	 * @param memberId the member
	 * @return the line
	 * @throws AttendanceNotFoundException when the member is not in office on the day
	 */
	public StaffReplies.Row row(StaffReplies replies, long memberId) {
		return replies.rows()
			.stream()
			.filter((row) -> row.member().memberId() == memberId)
			.findFirst()
			.orElseThrow(() -> new AttendanceNotFoundException("委員 " + memberId));
	}

	/**
	 * Records a reply on a member's behalf (a phone or fax reply); the audit history
	 * names the staff user.
	 * @param meetingId the meeting
	 * @param memberId a member in office on the meeting's day
	 * @param user staff of the council
	 * @param form the reply
	 */
	@Transactional
	public void recordFor(long meetingId, long memberId, AccountPrincipal user, ReplyForm form) {
		StaffReplies replies = replies(meetingId, user);
		row(replies, memberId);
		save(replies.meeting(), memberId, form);
	}

	// ---------------------------------------------------------------- both

	private void save(Meeting meeting, long memberId, ReplyForm form) {
		if (!replyOpen(meeting)) {
			throw new AttendanceRefusedException(null, "attendance.refused.closed");
		}
		ProxyPolicy policy = settings(meeting).proxyPolicy();
		String proxyName = blankToNull(form.getProxyName());
		if (form.getReply() == Attendance.PROXY) {
			if (!policy.allowed()) {
				throw new AttendanceRefusedException("reply", "attendance.refused.proxyNotAllowed");
			}
			if (proxyName == null) {
				throw new AttendanceRefusedException("proxyName", "attendance.refused.proxyName");
			}
		}
		AttendanceReply reply = this.replies.findByMeetingIdAndMemberId(meeting.getId(), memberId)
			.orElseGet(() -> new AttendanceReply(meeting.getId(), memberId));
		Long expected = form.getVersion();
		if ((reply.getId() != null) ? (expected == null || expected != reply.getVersion()) : expected != null) {
			throw new ObjectOptimisticLockingFailureException(AttendanceReply.class, meeting.getId());
		}
		reply.answer(form.getReply(), proxyName, blankToNull(form.getComment()), this.clock.instant());
		this.replies.saveAndFlush(reply);
	}

	private CharterSettings settings(Meeting meeting) {
		return this.councils.rulesOf(meeting.getCouncilId()).settings();
	}

	private static boolean replyOpen(Meeting meeting) {
		return MeetingTransitions.agendaEditable(meeting.getStatus());
	}

	private static LocalDate date(Meeting meeting) {
		return LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
