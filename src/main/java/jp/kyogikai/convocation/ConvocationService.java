package jp.kyogikai.convocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.council.Council;
import jp.kyogikai.material.MaterialService;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.CheckedMeeting;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingDirectory;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.MeetingTransitions;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.Roster;
import jp.kyogikai.member.RosterEntry;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 招集通知 of a meeting: the letter (PDF) and its sending to every member in office on
 * the meeting's day, as staff of the council's secretariat municipality (and the
 * administrator) do it. The meeting is read through
 * {@link MeetingService#checked(long, AccountPrincipal)}, so anyone else gets a 404.
 */
@Service
@Transactional(readOnly = true)
public class ConvocationService {

	private final MeetingService meetings;

	private final MeetingDirectory directory;

	private final MemberService members;

	private final ConvocationRepository convocations;

	private final ConvocationRecipientRepository recipients;

	private final MaterialService materials;

	private final ConvocationMails mails;

	private final Clock clock;

	ConvocationService(MeetingService meetings, MeetingDirectory directory, MemberService members,
			ConvocationRepository convocations, ConvocationRecipientRepository recipients, MaterialService materials,
			ConvocationMails mails, Clock clock) {
		this.meetings = meetings;
		this.directory = directory;
		this.members = members;
		this.convocations = convocations;
		this.recipients = recipients;
		this.materials = materials;
		this.mails = mails;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The meeting's convocations, the latest first.
	 * @param meetingId the meeting
	 * @param user the signed-in user
	 * @return the convocations
	 */
	public List<Convocation> convocations(long meetingId, AccountPrincipal user) {
		return convocations(this.meetings.checked(meetingId, user));
	}

	/**
	 * The convocations of a meeting already checked, the latest first.
	 * @param meeting the meeting, checked for its user
	 * @return the convocations
	 */
	List<Convocation> convocations(CheckedMeeting meeting) {
		return this.convocations.findByMeetingIdOrderBySentAtDescIdDesc(meeting.id());
	}

	/**
	 * The members a convocation went to, in roster order.
	 * @param convocation a convocation read through {@link #convocations}
	 * @return its recipients
	 */
	List<ConvocationRecipient> recipients(Convocation convocation) {
		return this.recipients.findByConvocationIdOrderByIdAsc(convocation.getId());
	}

	/**
	 * The form as the panel starts it: the last convocation's number and date when there
	 * is one; otherwise today, and the prefix the council used last.
	 * @param meeting the meeting, checked for its user
	 * @param sent its convocations, the latest first
	 * ({@link #convocations(CheckedMeeting)})
	 * @return the form
	 */
	ConvocationForm form(CheckedMeeting meeting, List<Convocation> sent) {
		ConvocationForm form = new ConvocationForm();
		if (!sent.isEmpty()) {
			form.setDocumentPrefix(sent.get(0).getDocumentPrefix());
			form.setDocumentNumber(sent.get(0).getDocumentNumber());
			form.setLetterDate(sent.get(0).getLetterDate());
			return form;
		}
		form.setLetterDate(LocalDate.now(this.clock));
		// the council was checked with the meeting
		List<Long> councilMeetings = this.directory.ofCouncils(List.of(meeting.council().getId()))
			.stream()
			.map(Meeting::getId)
			.toList();
		this.convocations.findFirstByMeetingIdInOrderBySentAtDescIdDesc(councilMeetings)
			.ifPresent((last) -> form.setDocumentPrefix(last.getDocumentPrefix()));
		return form;
	}

	/**
	 * The letter as a PDF: with the form's number and date (a preview), or, without a
	 * form, as last sent (today's draft before the first sending).
	 * @param meetingId the meeting
	 * @param form the number and date, or {@code null}
	 * @param user the signed-in user
	 * @return the PDF
	 */
	public byte[] pdf(long meetingId, ConvocationForm form, AccountPrincipal user) {
		CheckedMeeting meeting = this.meetings.checked(meetingId, user);
		ConvocationForm values = (form != null) ? form : form(meeting, convocations(meeting));
		if (values.getLetterDate() == null) {
			values.setLetterDate(LocalDate.now(this.clock));
		}
		ConvocationLetter letter = letter(meeting, values);
		return ConvocationPdf.render(letter, letter.secretariat());
	}

	private ConvocationLetter letter(CheckedMeeting meeting, ConvocationForm form) {
		AccountPrincipal user = meeting.user();
		Council council = meeting.council();
		Roster roster = this.members.roster(council.getId(), user, form.getLetterDate());
		String chair = roster.holder(OfficerRole.CHAIR).map(RosterEntry::name).orElse(null);
		String secretariat = council.getSecretariatMunicipality().getName()
				+ ((council.getSecretariatDepartment() != null) ? "　" + council.getSecretariatDepartment() : "");
		List<AgendaLine> agenda = this.meetings.agenda(meeting);
		return new ConvocationLetter(form.label(), form.getLetterDate(), council.getName(), chair, meeting.meeting(),
				agenda, enclosures(meeting, agenda), secretariat,
				council.getSecretariatMunicipality().getSecretariatEmail());
	}

	/**
	 * The enclosed materials: 資料No.N and the title of each registered material, or, for a
	 * meeting without any yet, the 資料 notes of its 次第.
	 */
	private List<String> enclosures(CheckedMeeting meeting, List<AgendaLine> agenda) {
		List<String> materials = this.materials.enclosures(meeting.id(), meeting.user());
		return materials.isEmpty() ? AgendaEnclosures.fromAgenda(agenda) : materials;
	}

	// ---------------------------------------------------------------- sending

	/**
	 * Sends the 招集通知: one mail per member in office on the meeting's day who has an
	 * e-mail address (the others are recorded as 郵送等で送付), all queued in this transaction,
	 * the convocation recorded and a planned meeting moved to 招集済み.
	 * @param meetingId the meeting
	 * @param form the document number, the letter's date and whether this is a 再送
	 * @param user the signed-in user
	 * @return the convocation recorded
	 * @throws ConvocationRefusedException when it was sent before and this is no 再送, the
	 * meeting is past convening, the letter is dated after the meeting, or nobody is in
	 * office
	 */
	@Transactional
	public Convocation send(long meetingId, ConvocationForm form, AccountPrincipal user) {
		CheckedMeeting checked = this.meetings.checked(meetingId, user);
		Meeting meeting = checked.meeting();
		boolean sentBefore = !convocations(checked).isEmpty();
		if (sentBefore && !form.isResend()) {
			throw new ConvocationRefusedException("convocation.refused.alreadySent");
		}
		if (!sentBefore && form.isResend()) {
			throw new ConvocationRefusedException("convocation.refused.nothingToResend");
		}
		if (meeting.getStatus() != MeetingStatus.PLANNED && meeting.getStatus() != MeetingStatus.CONVENED) {
			throw new ConvocationRefusedException("convocation.refused.status");
		}
		LocalDate meetingDay = LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
		if (form.getLetterDate().isAfter(meetingDay)) {
			throw new ConvocationRefusedException("convocation.refused.letterAfterMeeting");
		}
		Roster roster = this.members.roster(meeting.getCouncilId(), user, meetingDay);
		if (roster.entries().isEmpty()) {
			throw new ConvocationRefusedException("convocation.refused.noMembers");
		}
		ConvocationLetter letter = letter(checked, form);
		long municipalityId = checked.council().getSecretariatMunicipality().getId();
		Convocation convocation = this.convocations.saveAndFlush(new Convocation(meeting,
				form.getDocumentPrefix().strip(), Optional.ofNullable(form.getDocumentNumber()).orElse("").strip(),
				form.getLetterDate(), sentBefore, this.clock.instant(), user.getUsername(), user.displayName()));
		List<ConvocationRecipient> sent = new ArrayList<>();
		Map<Long, String> emails = this.members.emails(meeting.getCouncilId(), roster.date(), user);
		for (RosterEntry entry : roster.entries()) {
			String email = emails.get(entry.memberId());
			Long mailId = null;
			if (email != null) {
				mailId = this.mails.queue(convocation, letter, entry, email, municipalityId);
			}
			sent.add(new ConvocationRecipient(convocation.getId(), entry.memberId(), entry.name(), email, mailId));
		}
		this.recipients.saveAll(sent);
		if (meeting.getStatus() == MeetingStatus.PLANNED
				&& MeetingTransitions.allowed(MeetingStatus.PLANNED, MeetingStatus.CONVENED)) {
			this.meetings.changeStatus(meeting.getId(), MeetingStatus.CONVENED, meeting.getVersion(), user);
		}
		return convocation;
	}

}
