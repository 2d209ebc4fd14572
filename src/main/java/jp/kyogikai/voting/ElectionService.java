package jp.kyogikai.voting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.meeting.AgendaItem;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingDirectory;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.member.MemberChangeRejectedException;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.RosterEntry;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.voting.ElectionResult.Candidate;
import jp.kyogikai.voting.ElectionResult.Nominator;
import jp.kyogikai.voting.rule.Decision;
import jp.kyogikai.voting.rule.Outcome;
import jp.kyogikai.voting.rule.Seat;
import jp.kyogikai.voting.rule.Sitting;
import jp.kyogikai.voting.rule.Vote;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Electing the 会長 and 副会長 by 互選 as an item of the 次第 (kind
 * {@link AgendaItemKind#ELECTION}), at the meeting, for any council.
 * <p>
 * <b>Who presides.</b> Staff set up the item ({@link #setUp}): the offices it elects (one
 * or both) and who presides until it has elected a 会長 — the officer in office by the
 * usual rule (the 会長 present in person, else the 副会長; {@link PresiderKind#OFFICER}, the
 * default), a member present as 座長 ({@link PresiderKind#MEMBER}) or a named non-member
 * such as the head of the secretariat as 仮議長 ({@link PresiderKind#NON_MEMBER}). Once the
 * item has elected a 会長, the usual rule applies again, so the new 会長 presides over the
 * rest of the item (the 副会長's election) and of the meeting. A 座長 who is a member counts
 * as the presiding chair for the charter's rules on the election's votes: votes only when
 * the charter lets the chair vote, and gives the casting vote on a tie; a 仮議長 neither
 * votes nor breaks a tie (a tie then fails, as {@code Sitting} does without a presiding
 * member).
 * <p>
 * <b>Deciding an office</b> ({@link #elect}): the candidate must be a member in office on
 * the meeting's day and present in person, nominated by a member present (推薦) or by the
 * secretariat (事務局案); the decision is by consent (異議なし, which elects) or by a counted
 * vote under the charter's rules ({@link Sitting}; elected when carried). As for a 協議事項,
 * the quorum is required ({@link LiveMeetingService#requireQuorum}) and only between 開会
 * and 閉会. Each nomination put to the meeting is kept as an immutable, audited
 * {@link ElectionResult} (office, member, nomination, method, count, who presided, the
 * meeting's day, when and by whom). An elected member takes the office through
 * {@link MemberService#elect} from the meeting's day (whoever held it leaves it), so the
 * roster of that day shows the new 会長 / 副会長 and the live screen's 「議長」 and the casting
 * vote on later items follow at once. An office filled by the item is locked; once every
 * office of the item is filled, the item is. A result cannot be corrected here (not
 * needed so far): an error is put right on the roster's member page, which records its
 * own history, and the election's record stays as decided.
 * <p>
 * <b>For the minutes</b>: {@link #results(long, AccountPrincipal)} gives every election
 * item of a meeting with its results and the sentences the minutes print
 * ({@link ElectionRecord}).
 * <p>
 * Every method reaches the meeting through {@link MeetingService#meeting} (staff of
 * another municipality: 404; members and operators never reach {@code /meetings/**}:
 * 403); an item of another kind is a 404. Every refusal is a
 * {@link LiveMeetingRefusedException} with a Japanese message and changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ElectionService {

	static final int NAME_MAX_LENGTH = 100;

	static final int TITLE_MAX_LENGTH = 200;

	private final LiveMeetingService live;

	private final MeetingService meetings;

	private final MeetingDirectory directory;

	private final MemberService members;

	private final ItemElectionRepository elections;

	private final ElectionResultRepository results;

	private final MessageSource messages;

	private final Clock clock;

	ElectionService(LiveMeetingService live, MeetingService meetings, MeetingDirectory directory, MemberService members,
			ItemElectionRepository elections, ElectionResultRepository results, MessageSource messages, Clock clock) {
		this.live = live;
		this.meetings = meetings;
		this.directory = directory;
		this.members = members;
		this.elections = elections;
		this.results = results;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The page of an election item.
	 * @param meetingId the meeting
	 * @param itemId an election item of it
	 * @param user staff of the council
	 * @return the page
	 */
	public ElectionPage page(long meetingId, long itemId, AccountPrincipal user) {
		AgendaItem item = electionItem(meetingId, itemId, user);
		Meeting meeting = this.meetings.meeting(meetingId, user);
		ItemElection election = this.elections.findByAgendaItemId(item.getId())
			.orElseGet(() -> ItemElection.defaults(meetingId, item.getId()));
		List<ElectionResult> done = this.results.findByAgendaItemIdOrderByPositionAsc(item.getId());
		LiveSitting sitting = this.live.sitting(meetingId, user);
		Presider presider = presider(election, sitting, done);
		List<Long> entitled = electing(sitting, presider).entitled(List.of());
		List<ElectionPage.Row> rows = new ArrayList<>();
		for (Seat seat : sitting.seats()) {
			OfficerRole office = seat.chair() ? OfficerRole.CHAIR : (seat.viceChair() ? OfficerRole.VICE_CHAIR : null);
			rows.add(new ElectionPage.Row(seat.memberId(), sitting.name(seat.memberId()), seat.attendance(), office,
					presider != null && Objects.equals(presider.memberId(), seat.memberId()),
					entitled.contains(seat.memberId())));
		}
		AgendaLine line = this.directory.agenda(meetingId)
			.stream()
			.filter((each) -> Objects.equals(each.item().getId(), item.getId()))
			.findFirst()
			.orElseThrow(() -> new LiveMeetingNotFoundException("互選 " + itemId));
		return new ElectionPage(meeting, line, sitting, election, presider, rows, done, open(election, done),
				editable(meeting));
	}

	/**
	 * The election items of a meeting for the live screen, and who presides while one is
	 * under way with a 座長 or 仮議長.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the items and the presiding statement, {@code null} when the usual rule
	 * applies
	 */
	public LiveElections live(long meetingId, AccountPrincipal user) {
		this.meetings.meeting(meetingId, user);
		List<AgendaLine> lines = electionLines(meetingId);
		if (lines.isEmpty()) {
			return new LiveElections(null, List.of());
		}
		Map<Long, ItemElection> byItem = this.elections.findByMeetingId(meetingId)
			.stream()
			.collect(Collectors.toMap(ItemElection::getAgendaItemId, (e) -> e));
		Map<Long, List<ElectionResult>> resultsByItem = resultsByItem(meetingId);
		MessageSourceResolvable presiding = null;
		LiveSitting sitting = null;
		List<LiveElections.Item> items = new ArrayList<>();
		for (AgendaLine line : lines) {
			long itemId = line.item().getId();
			ItemElection election = byItem.getOrDefault(itemId, ItemElection.defaults(meetingId, itemId));
			List<ElectionResult> done = resultsByItem.getOrDefault(itemId, List.of());
			boolean decided = open(election, done).isEmpty();
			items.add(new LiveElections.Item(line, done.stream().filter(ElectionResult::isElected).toList(), decided));
			if (presiding == null && !decided && election.getPresiderKind() != PresiderKind.OFFICER
					&& !chairElected(done)) {
				if (sitting == null) {
					sitting = this.live.sitting(meetingId, user);
				}
				Presider presider = presider(election, sitting, done);
				presiding = (presider != null) ? presider.statement() : null;
			}
		}
		return new LiveElections(presiding, items);
	}

	/**
	 * The election items of a meeting as the minutes write them, in the 次第's order: for
	 * each item its results (office, the member elected or nominated with the name then,
	 * consent or vote with the count, 推薦 or 事務局案, who presided and whether a 座長 or 仮議長,
	 * the day the office is held from, when and by whom recorded) and its sentences
	 * ({@link ElectionRecord#sentence()}:
	 * 「委員三郎委員を座長として互選を行った。会長に中村光一委員、副会長に鈴木花子委員が互選により選出された。」). An item not taken up has no
	 * results and an empty sentence.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return one record per election item (a meeting of another municipality is a 404,
	 * {@code MeetingNotFoundException})
	 */
	public List<ElectionRecord> results(long meetingId, AccountPrincipal user) {
		this.meetings.meeting(meetingId, user);
		Map<Long, List<ElectionResult>> resultsByItem = resultsByItem(meetingId);
		List<ElectionRecord> records = new ArrayList<>();
		for (AgendaLine line : electionLines(meetingId)) {
			List<ElectionResult> done = resultsByItem.getOrDefault(line.item().getId(), List.of());
			records.add(new ElectionRecord(line.item().getId(), line.item().getTitle(),
					done.stream().map(ElectionRecord.Result::of).toList(), presidingSentence(done),
					resultSentence(done)));
		}
		return records;
	}

	// ---------------------------------------------------------------- setting up

	/**
	 * Sets up an election item: the offices it elects and who presides until it has
	 * elected a 会長.
	 * @param meetingId the meeting (招集済み or 開催済み)
	 * @param itemId the election item, not yet decided
	 * @param form the set-up with the version the page showed
	 * @param user staff of the council
	 * @throws LiveMeetingRefusedException when the item is decided, no office is chosen,
	 * an office it filled would be dropped, the 座長 is not a member present in person, or
	 * the 仮議長 has no name; nothing changes
	 */
	@Transactional
	public void setUp(long meetingId, long itemId, ElectionSetupForm form, AccountPrincipal user) {
		AgendaItem item = electionItem(meetingId, itemId, user);
		Meeting meeting = this.meetings.meeting(meetingId, user);
		if (!editable(meeting)) {
			throw refused("election.refused.meetingStatus");
		}
		ItemElection stored = this.elections.findByAgendaItemId(item.getId()).orElse(null);
		Long version = form.getVersion();
		if ((stored != null) ? (version == null || stored.getVersion() != version) : version != null) {
			throw new ObjectOptimisticLockingFailureException(ItemElection.class, itemId);
		}
		ItemElection election = (stored != null) ? stored : ItemElection.defaults(meetingId, item.getId());
		List<ElectionResult> done = this.results.findByAgendaItemIdOrderByPositionAsc(item.getId());
		if (open(election, done).isEmpty()) {
			throw refused("election.refused.decided");
		}
		if (!form.isElectsChair() && !form.isElectsViceChair()) {
			throw refused("election.refused.roles");
		}
		for (ElectionResult result : done) {
			boolean kept = (result.getRole() == OfficerRole.CHAIR) ? form.isElectsChair() : form.isElectsViceChair();
			if (result.isElected() && !kept) {
				throw refused("election.refused.roleElectedKept", label(result.getRole()));
			}
		}
		PresiderKind kind = form.getPresiderKind();
		if (kind == null) {
			throw refused("election.refused.presiderKind");
		}
		String name = null;
		String title = null;
		if (kind == PresiderKind.MEMBER) {
			Long memberId = form.getPresiderMemberId();
			LiveSitting sitting = this.live.sitting(meetingId, user);
			if (memberId == null || sitting.name(memberId) == null) {
				throw refused("election.refused.presiderMember");
			}
			if (attendance(sitting, memberId) != Attendance.PRESENT) {
				throw refused("election.refused.presiderAbsent", sitting.name(memberId));
			}
		}
		if (kind == PresiderKind.NON_MEMBER) {
			name = blankToNull(form.getPresiderName());
			title = blankToNull(form.getPresiderTitle());
			if (name == null) {
				throw refused("election.refused.presiderName");
			}
			if (name.length() > NAME_MAX_LENGTH) {
				throw refused("election.refused.presiderNameLength", NAME_MAX_LENGTH);
			}
			if (title != null && title.length() > TITLE_MAX_LENGTH) {
				throw refused("election.refused.presiderTitleLength", TITLE_MAX_LENGTH);
			}
		}
		election.setUp(form.isElectsChair(), form.isElectsViceChair(), kind, form.getPresiderMemberId(), name, title);
		this.elections.saveAndFlush(election);
	}

	// ---------------------------------------------------------------- deciding

	/**
	 * Decides one office of an election item: the nomination is put to the meeting and
	 * decided by consent or by a counted vote; an elected member takes the office from
	 * the meeting's day ({@link MemberService#elect}). A vote that does not carry is
	 * recorded too, and the office stays open for another nomination.
	 * @param meetingId the meeting, in session (開会 and not 閉会)
	 * @param itemId the election item
	 * @param form the office, the candidate, the nomination and the decision
	 * @param user staff of the council
	 * @return the stored result
	 * @throws LiveMeetingRefusedException when the office is filled or not the item's,
	 * the meeting is not in session or not quorate, nobody presides, the candidate is not
	 * a member in office present in person, the nominating member is not there, a vote is
	 * missing or a tie needs the casting vote; nothing changes
	 */
	@Transactional
	public ElectionResult elect(long meetingId, long itemId, ElectForm form, AccountPrincipal user) {
		AgendaItem item = electionItem(meetingId, itemId, user);
		Meeting meeting = this.meetings.meeting(meetingId, user);
		if (!editable(meeting)) {
			throw refused("election.refused.meetingStatus");
		}
		ItemElection election = this.elections.findByAgendaItemId(item.getId())
			.orElseGet(() -> ItemElection.defaults(meetingId, item.getId()));
		List<ElectionResult> done = this.results.findByAgendaItemIdOrderByPositionAsc(item.getId());
		List<OfficerRole> open = open(election, done);
		if (open.isEmpty()) {
			throw refused("election.refused.decided");
		}
		OfficerRole role = form.getRole();
		if (role == null) {
			throw refused("election.refused.role");
		}
		if (!election.roles().contains(role)) {
			throw refused("election.refused.roleNotOnItem", label(role));
		}
		if (!open.contains(role)) {
			throw refused("election.refused.roleElected", label(role));
		}
		LiveSitting sitting = this.live.requireQuorum(meetingId, user);
		if (!sitting.inSession()) {
			throw refused("election.refused.notInSession");
		}
		Presider presider = presider(election, sitting, done);
		if (presider == null) {
			throw refused("election.refused.noPresider");
		}
		if (presider.kind() == PresiderKind.MEMBER && attendance(sitting, presider.memberId()) != Attendance.PRESENT) {
			throw refused("election.refused.presiderAbsent", presider.name());
		}
		Long candidateId = form.getCandidateId();
		if (candidateId == null) {
			throw refused("election.refused.candidate");
		}
		String candidateName = sitting.name(candidateId);
		if (candidateName == null) {
			throw refused("election.refused.candidateNotInOffice");
		}
		if (attendance(sitting, candidateId) != Attendance.PRESENT) {
			throw refused("election.refused.candidateAbsent", candidateName);
		}
		for (ElectionResult result : done) {
			if (result.isElected() && result.getRole() != role && result.getMemberId() == candidateId) {
				throw refused("election.refused.bothOffices", candidateName, label(result.getRole()));
			}
		}
		Nominator nominator = nominator(form, sitting);
		DecisionMethod method = form.getMethod();
		if (method == null) {
			throw refused("election.refused.method");
		}
		Decision count = count(electing(sitting, presider), sitting, method, form);
		if (count.outcome() == Outcome.NOBODY_ENTITLED) {
			throw refused("election.refused.nobodyEntitled");
		}
		if (count.outcome() == Outcome.CASTING_VOTE_NEEDED) {
			throw refused("decision.refused.castingVote", count.inFavour(), count.base() - count.inFavour());
		}
		LocalDate day = LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
		RosterEntry entry = this.members.roster(meeting.getCouncilId(), user, day)
			.entries()
			.stream()
			.filter((each) -> each.memberId() == candidateId)
			.findFirst()
			.orElseThrow(() -> refused("election.refused.candidateNotInOffice"));
		if (election.getId() == null) {
			election = this.elections.saveAndFlush(election);
		}
		ElectionResult result = this.results.saveAndFlush(new ElectionResult(election, done.size() + 1, role,
				new Candidate(candidateId, entry.appointmentId(), candidateName), nominator, method, count, presider,
				day, this.clock.instant(), user.getUsername()));
		if (result.isElected()) {
			try {
				this.members.elect(meeting.getCouncilId(), entry.appointmentId(), user, role, day);
			}
			catch (MemberChangeRejectedException ex) {
				throw refused("election.refused.candidateNotInOffice");
			}
		}
		return result;
	}

	private Nominator nominator(ElectForm form, LiveSitting sitting) {
		Nomination nomination = form.getNomination();
		if (nomination == null) {
			throw refused("election.refused.nomination");
		}
		if (nomination == Nomination.SECRETARIAT) {
			return new Nominator(Nomination.SECRETARIAT, null, null);
		}
		Long nominatorId = form.getNominatorId();
		if (nominatorId == null || sitting.name(nominatorId) == null) {
			throw refused("election.refused.nominator");
		}
		if (attendance(sitting, nominatorId) == Attendance.ABSENT) {
			throw refused("election.refused.nominatorAbsent", sitting.name(nominatorId));
		}
		return new Nominator(Nomination.MEMBER, nominatorId, sitting.name(nominatorId));
	}

	private Decision count(Sitting electing, LiveSitting sitting, DecisionMethod method, ElectForm form) {
		if (method == DecisionMethod.CONSENT) {
			return electing.byConsent(List.of());
		}
		Map<Long, Vote> votes = new LinkedHashMap<>();
		for (Long member : electing.entitled(List.of())) {
			Vote vote = form.getVotes().get(member);
			if (vote == null) {
				throw refused("decision.refused.voteMissing", sitting.name(member));
			}
			votes.put(member, vote);
		}
		Decision first = electing.vote(List.of(), votes, null);
		Vote casting = form.getCastingVote();
		if (first.outcome() != Outcome.CASTING_VOTE_NEEDED || casting == null) {
			return first;
		}
		if (casting == Vote.ABSTAIN) {
			throw refused("decision.refused.castingVoteAbstain");
		}
		return electing.vote(List.of(), votes, casting);
	}

	// ---------------------------------------------------------------- who presides

	/**
	 * Who presides over the item now: the 座長 or 仮議長 staff chose until the item has
	 * elected a 会長; otherwise (and from then on) the 会長 present in person, else the 副会長.
	 */
	private static Presider presider(ItemElection election, LiveSitting sitting, List<ElectionResult> done) {
		if (!chairElected(done)) {
			if (election.getPresiderKind() == PresiderKind.MEMBER) {
				String name = sitting.name(election.getPresiderMemberId());
				return (name != null) ? Presider.member(election.getPresiderMemberId(), name) : null;
			}
			if (election.getPresiderKind() == PresiderKind.NON_MEMBER) {
				return Presider.nonMember(election.getPresiderName(), election.getPresiderTitle());
			}
		}
		return sitting.presiding(List.of())
			.map((seat) -> Presider.officer(seat.memberId(), sitting.name(seat.memberId()),
					seat.chair() ? OfficerRole.CHAIR : OfficerRole.VICE_CHAIR))
			.orElse(null);
	}

	/**
	 * The sitting the election is decided in: the members as they are now, with the
	 * presiding member (officer or 座長) as the one chair, so that the charter's rules on
	 * the chair's vote and the casting vote apply to whoever presides.
	 */
	private static Sitting electing(LiveSitting sitting, Presider presider) {
		Long presiding = (presider != null) ? presider.memberId() : null;
		List<Seat> seats = sitting.seats()
			.stream()
			.map((seat) -> new Seat(seat.memberId(), seat.attendance(), Objects.equals(presiding, seat.memberId()),
					false))
			.toList();
		return new Sitting(sitting.rules(), seats);
	}

	private static boolean chairElected(List<ElectionResult> done) {
		return done.stream().anyMatch((r) -> r.isElected() && r.getRole() == OfficerRole.CHAIR);
	}

	private static List<OfficerRole> open(ItemElection election, List<ElectionResult> done) {
		return election.roles()
			.stream()
			.filter((role) -> done.stream().noneMatch((r) -> r.isElected() && r.getRole() == role))
			.toList();
	}

	private static Attendance attendance(LiveSitting sitting, long memberId) {
		return sitting.seats()
			.stream()
			.filter((seat) -> seat.memberId() == memberId)
			.map(Seat::attendance)
			.findFirst()
			.orElse(Attendance.ABSENT);
	}

	// ---------------------------------------------------------------- the minutes

	private String presidingSentence(List<ElectionResult> done) {
		Optional<ElectionResult> chosen = done.stream()
			.filter((r) -> r.getPresiderKind() != PresiderKind.OFFICER)
			.findFirst();
		if (chosen.isEmpty()) {
			return null;
		}
		ElectionResult result = chosen.get();
		if (result.getPresiderKind() == PresiderKind.MEMBER) {
			return message("election.minutes.presidedByMember", minutesName(result.getPresiderName()));
		}
		String title = (result.getPresiderTitle() != null) ? result.getPresiderTitle() + "の" : "";
		return message("election.minutes.presidedByNonMember", title + minutesName(result.getPresiderName()));
	}

	private String resultSentence(List<ElectionResult> done) {
		StringBuilder text = new StringBuilder();
		List<String> consented = new ArrayList<>();
		for (ElectionResult result : done) {
			String member = message("election.minutes.member", minutesName(result.getMemberName()));
			String role = label(result.getRole());
			if (result.isElected() && result.getMethod() == DecisionMethod.CONSENT) {
				consented.add(message("election.minutes.part", role, member));
				continue;
			}
			flush(text, consented);
			String counts = message("election.minutes.count", result.getInFavour(), result.getAgainst(),
					result.getAbstentions());
			if (result.getCastingVote() != null) {
				counts = message("election.minutes.countWithCastingVote", counts, label(result.getCastingVote()));
			}
			text.append(result.isElected() ? message("election.minutes.electedByVote", role, member, counts)
					: message("election.minutes.notElected", role, member, counts));
		}
		flush(text, consented);
		return text.toString();
	}

	private void flush(StringBuilder text, List<String> consented) {
		if (!consented.isEmpty()) {
			text.append(message("election.minutes.electedByConsent", String.join("、", consented)));
			consented.clear();
		}
	}

	/**
	 * A name as the minutes write it before 委員: without the space between family and
	 * given name (中村 光一 → 中村光一).
	 */
	static String minutesName(String name) {
		return name.replaceAll("[\\s\u3000]+", "");
	}

	// ---------------------------------------------------------------- helpers

	private AgendaItem electionItem(long meetingId, long itemId, AccountPrincipal user) {
		AgendaItem item = this.meetings.item(meetingId, itemId, user);
		if (item.getKind() != AgendaItemKind.ELECTION) {
			throw new LiveMeetingNotFoundException("互選 " + itemId);
		}
		return item;
	}

	private List<AgendaLine> electionLines(long meetingId) {
		return this.directory.agenda(meetingId)
			.stream()
			.filter((line) -> line.item().getKind() == AgendaItemKind.ELECTION)
			.toList();
	}

	private Map<Long, List<ElectionResult>> resultsByItem(long meetingId) {
		return this.results.findByMeetingIdOrderByAgendaItemIdAscPositionAsc(meetingId)
			.stream()
			.collect(Collectors.groupingBy(ElectionResult::getAgendaItemId, LinkedHashMap::new, Collectors.toList()));
	}

	private static boolean editable(Meeting meeting) {
		return meeting.getStatus() == MeetingStatus.CONVENED || meeting.getStatus() == MeetingStatus.HELD;
	}

	private String label(Enum<?> value) {
		return message("enum." + value.getClass().getSimpleName() + "." + value.name());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.JAPANESE);
	}

	private LiveMeetingRefusedException refused(String code, Object... arguments) {
		return new LiveMeetingRefusedException(code, arguments, message(code, arguments));
	}

}
