package jp.kyogikai.voting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.Application;
import jp.kyogikai.application.ApplicationRefusedException;
import jp.kyogikai.application.ApplicationService;
import jp.kyogikai.application.ApplicationView;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.application.rule.IllegalTransitionException;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.meeting.AgendaItem;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingDirectory;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.voting.rule.Decision;
import jp.kyogikai.voting.rule.Outcome;
import jp.kyogikai.voting.rule.Seat;
import jp.kyogikai.voting.rule.Vote;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding the 協議事項 of a meeting at the table (issue 7): the recusals (proposed from the
 * members linked to the applicant operator when the charter has the recusal rule,
 * confirmed or changed by staff with a reason), the 説明者's explanation and the questions,
 * and the decision by consent (異議なし) or by a counted vote, computed by the charter's
 * rules ({@link jp.kyogikai.voting.rule.Sitting}) from the attendance at that moment.
 * <p>
 * A decision keeps a snapshot of every member then (attendance, entitled, recused, vote)
 * and of the count; it records the application's outcome
 * ({@link ApplicationService#decide}: 承認 / 条件付き承認 / 否決 close it, 継続審議 returns it to 受付済み
 * for a later meeting) and, for a final outcome, the operator's latest deliberation on
 * the meeting's day ({@link OperatorService#recordDeliberation}), as a 書面協議 does when it
 * closes. A decided item is locked. A correction needs a reason and is recorded and
 * audited; it changes the minutes' record only and never re-runs the application's
 * decision, so it is refused when it would change what happened to the application (承認 ↔
 * 条件付き承認 and the conditions' text may be corrected; 承認 → 否決 may not: the application has
 * moved on and its fares were agreed).
 * <p>
 * Every method reaches the item through {@link MeetingService#item}: staff of another
 * municipality get a 404. Every refusal is a {@link LiveMeetingRefusedException} and
 * changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ItemDecisionService {

	static final int REASON_MAX_LENGTH = 500;

	static final int TEXT_MAX_LENGTH = 10000;

	static final int CONDITIONS_MAX_LENGTH = 2000;

	static final int CORRECTION_REASON_MAX_LENGTH = 1000;

	private final LiveMeetingService live;

	private final MeetingService meetings;

	private final MeetingDirectory directory;

	private final CouncilService councils;

	private final MemberService members;

	private final ApplicationService applications;

	private final OperatorService operators;

	private final ItemRecusalRepository recusals;

	private final ItemDecisionRepository decisions;

	private final ItemDecisionSeatRepository seats;

	private final ItemDecisionCorrectionRepository corrections;

	private final MessageSource messages;

	private final Clock clock;

	ItemDecisionService(LiveMeetingService live, MeetingService meetings, MeetingDirectory directory,
			CouncilService councils, MemberService members, ApplicationService applications, OperatorService operators,
			ItemRecusalRepository recusals, ItemDecisionRepository decisions, ItemDecisionSeatRepository seats,
			ItemDecisionCorrectionRepository corrections, MessageSource messages, Clock clock) {
		this.live = live;
		this.meetings = meetings;
		this.directory = directory;
		this.councils = councils;
		this.members = members;
		this.applications = applications;
		this.operators = operators;
		this.recusals = recusals;
		this.decisions = decisions;
		this.seats = seats;
		this.corrections = corrections;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The page of a 協議事項; the first opening of an undecided one stores the recusals
	 * proposed from the members' links to the applicant operator.
	 * @param meetingId the meeting
	 * @param itemId a 協議事項 of it
	 * @param user staff of the council
	 * @return the page
	 */
	@Transactional
	public ItemPage page(long meetingId, long itemId, AccountPrincipal user) {
		AgendaItem item = item(meetingId, itemId, user);
		Meeting meeting = this.meetings.meeting(meetingId, user);
		ItemDecision record = this.decisions.findByAgendaItemId(itemId).orElse(null);
		if (record == null || !record.isDecided()) {
			propose(meeting, item, user);
		}
		LiveSitting sitting = this.live.sitting(meetingId, user);
		Map<Long, ItemRecusal> recusalsByMember = this.recusals.findByAgendaItemIdOrderByIdAsc(itemId)
			.stream()
			.collect(Collectors.toMap(ItemRecusal::getMemberId, Function.identity()));
		List<Long> recused = inForce(itemId);
		Decision consent = sitting.sitting().byConsent(recused);
		List<ItemPage.Row> rows = new ArrayList<>();
		for (Seat seat : sitting.seats()) {
			rows.add(new ItemPage.Row(seat.memberId(), sitting.name(seat.memberId()), seat.attendance(), seat.chair(),
					seat.viceChair(), Objects.equals(consent.presidingMemberId(), seat.memberId()),
					consent.entitled().contains(seat.memberId()), recusalsByMember.get(seat.memberId())));
		}
		AgendaLine line = this.directory.agenda(meetingId)
			.stream()
			.filter((each) -> Objects.equals(each.item().getId(), item.getId()))
			.findFirst()
			.orElseThrow(() -> new LiveMeetingNotFoundException("協議事項 " + itemId));
		List<ItemDecisionSeat> snapshot = (record != null && record.isDecided())
				? this.seats.findByDecisionIdOrderByPositionAsc(record.getId()) : List.of();
		List<ItemDecisionCorrection> corrected = (record != null)
				? this.corrections.findByDecisionIdOrderByIdAsc(record.getId()) : List.of();
		return new ItemPage(meeting, line, sitting, rows, consent, record, snapshot, corrected,
				this.councils.rulesOf(meeting.getCouncilId()).settings().recusalEnabled());
	}

	/**
	 * The decisions of a meeting with their snapshots, in the 次第's order.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the decided items
	 */
	public List<DecidedItem> decided(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Map<Long, ItemDecision> byItem = this.decisions.findByMeetingId(meeting.getId())
			.stream()
			.filter(ItemDecision::isDecided)
			.collect(Collectors.toMap(ItemDecision::getAgendaItemId, Function.identity()));
		Map<Long, List<ItemDecisionSeat>> seatsByDecision = this.seats
			.findByDecisionIdInOrderByDecisionIdAscPositionAsc(
					byItem.values().stream().map(ItemDecision::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ItemDecisionSeat::getDecisionId, LinkedHashMap::new, Collectors.toList()));
		List<DecidedItem> decided = new ArrayList<>();
		for (AgendaLine line : this.directory.agenda(meetingId)) {
			ItemDecision decision = byItem.get(line.item().getId());
			if (decision != null) {
				decided.add(new DecidedItem(line, decision, seatsByDecision.getOrDefault(decision.getId(), List.of())));
			}
		}
		return decided;
	}

	/**
	 * A decided 協議事項 with its snapshot.
	 *
	 * @param line the item as the 次第 shows it
	 * @param decision the decision
	 * @param seats the members then
	 */
	public record DecidedItem(AgendaLine line, ItemDecision decision, List<ItemDecisionSeat> seats) {
	}

	// ---------------------------------------------------------------- recusals

	/**
	 * Recuses a member in office from an undecided item, with a reason (or confirms a
	 * withdrawn recusal again).
	 * @param meetingId the meeting
	 * @param itemId the 協議事項
	 * @param memberId a member in office on the meeting's day
	 * @param reason why
	 * @param user staff of the council
	 */
	@Transactional
	public void recuse(long meetingId, long itemId, long memberId, String reason, AccountPrincipal user) {
		AgendaItem item = undecided(meetingId, itemId, user);
		requireMember(meetingId, memberId, user);
		String cleanReason = reason(reason, "decision.refused.recusalReason");
		ItemRecusal recusal = this.recusals.findByAgendaItemIdAndMemberId(item.getId(), memberId)
			.orElseGet(() -> new ItemRecusal(item.getId(), memberId, cleanReason, false));
		recusal.recuse(cleanReason);
		this.recusals.saveAndFlush(recusal);
	}

	/**
	 * Withdraws a member's recusal from an undecided item, with a reason (the row stays
	 * with it).
	 * @param meetingId the meeting
	 * @param itemId the 協議事項
	 * @param memberId the recused member
	 * @param reason why the member may take part after all
	 * @param user staff of the council
	 */
	@Transactional
	public void withdraw(long meetingId, long itemId, long memberId, String reason, AccountPrincipal user) {
		AgendaItem item = undecided(meetingId, itemId, user);
		ItemRecusal recusal = this.recusals.findByAgendaItemIdAndMemberId(item.getId(), memberId)
			.filter(ItemRecusal::inForce)
			.orElseThrow(() -> new LiveMeetingNotFoundException("除斥 " + memberId));
		recusal.withdraw(reason(reason, "decision.refused.withdrawReason"));
		this.recusals.saveAndFlush(recusal);
	}

	// ---------------------------------------------------------------- the record

	/**
	 * Writes the 説明者's explanation and the questions (質疑) of an item; allowed after the
	 * decision too (they are the minutes' text, audited).
	 * @param meetingId the meeting
	 * @param itemId the 協議事項
	 * @param explanation the explanation
	 * @param questions the questions and answers
	 * @param version the version the page showed ({@code null} when nothing was written)
	 * @param user staff of the council
	 */
	@Transactional
	public void write(long meetingId, long itemId, String explanation, String questions, Long version,
			AccountPrincipal user) {
		AgendaItem item = deliberation(meetingId, itemId, user);
		ItemDecision record = this.decisions.findByAgendaItemId(item.getId()).orElse(null);
		if ((record != null) ? (version == null || record.getVersion() != version) : version != null) {
			throw new ObjectOptimisticLockingFailureException(ItemDecision.class, itemId);
		}
		if (record == null) {
			record = new ItemDecision(meetingId, item.getId(), item.getApplicationId());
		}
		record.write(text(explanation, "decision.refused.explanationLength"),
				text(questions, "decision.refused.questionsLength"));
		this.decisions.saveAndFlush(record);
	}

	// ---------------------------------------------------------------- deciding

	/**
	 * Decides an item: the quorum is checked first; 継続審議 needs no count; otherwise a
	 * consent or a count by the charter's rules (a tie the presiding member must break is
	 * refused until the casting vote is given), a carried item becoming 承認 or 条件付き承認
	 * (with conditions) as staff choose and a failed one 否決.
	 * @param meetingId the meeting
	 * @param itemId the 協議事項, linked to an application on the agenda
	 * @param form the decision
	 * @param user staff of the council
	 * @return the stored decision
	 * @throws LiveMeetingRefusedException when the item is decided already, the meeting
	 * is not quorate, nobody may vote, the casting vote is missing, the outcome does not
	 * follow from the count, or the application is not on the agenda; nothing changes
	 */
	@Transactional
	public ItemDecision decide(long meetingId, long itemId, DecideForm form, AccountPrincipal user) {
		AgendaItem item = undecided(meetingId, itemId, user);
		Meeting meeting = this.meetings.meeting(meetingId, user);
		if (meeting.getStatus() != MeetingStatus.CONVENED && meeting.getStatus() != MeetingStatus.HELD) {
			throw refused("decision.refused.meetingStatus");
		}
		if (item.getApplicationId() == null) {
			throw refused("decision.refused.noApplication");
		}
		Application application = this.applications.view(item.getApplicationId(), user).application();
		if (application.getStatus() != ApplicationStatus.ON_AGENDA) {
			throw refused("decision.refused.application");
		}
		LiveSitting sitting = this.live.requireQuorum(meetingId, user);
		if (!sitting.inSession()) {
			// decided only between 開会 and 閉会; a held meeting's 次第 can no longer change
			throw refused("decision.refused.notInSession");
		}
		propose(meeting, item, user);
		List<Long> recused = inForce(item.getId());
		String explanation = text(form.getExplanation(), "decision.refused.explanationLength");
		String questions = text(form.getQuestions(), "decision.refused.questionsLength");
		DecisionOutcome outcome = form.getOutcome();
		DecisionMethod method = form.getMethod();
		Decision count;
		String conditions = null;
		if (outcome == DecisionOutcome.CONTINUED) {
			method = null;
			count = null;
		}
		else {
			if (method == null) {
				throw refused("decision.refused.method");
			}
			count = count(sitting, recused, method, form);
			if (count.outcome() == Outcome.NOBODY_ENTITLED) {
				throw refused("decision.refused.nobodyEntitled");
			}
			if (count.outcome() == Outcome.CASTING_VOTE_NEEDED) {
				throw refused("decision.refused.castingVote", count.inFavour(), count.base() - count.inFavour());
			}
			if (count.outcome() == Outcome.CARRIED) {
				if (outcome == null) {
					outcome = DecisionOutcome.APPROVED;
				}
				if (outcome == DecisionOutcome.REJECTED) {
					throw refused("decision.refused.carried");
				}
				if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS) {
					conditions = text(form.getConditions(), "decision.refused.conditionsLength");
					if (conditions == null) {
						throw refused("decision.refused.conditions");
					}
				}
			}
			else {
				if (outcome != null && outcome.isAgreed()) {
					throw refused("decision.refused.notCarried", count.inFavour(), count.required());
				}
				outcome = DecisionOutcome.REJECTED;
			}
		}
		ItemDecision record = this.decisions.findByAgendaItemId(item.getId())
			.orElseGet(() -> new ItemDecision(meetingId, item.getId(), item.getApplicationId()));
		record.write(explanation, questions);
		record.decided(item.getApplicationId(), method, outcome, conditions, count, this.clock.instant(),
				user.getUsername());
		record = this.decisions.saveAndFlush(record);
		snapshot(record, sitting, count, item.getId());
		try {
			this.applications.decide(item.getApplicationId(), outcome, conditions, user);
		}
		catch (IllegalTransitionException | ApplicationRefusedException ex) {
			throw refused("decision.refused.application");
		}
		if (outcome.isFinal()) {
			this.operators.recordDeliberation(application.getOperatorId(),
					LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE), user);
		}
		return record;
	}

	private Decision count(LiveSitting sitting, List<Long> recused, DecisionMethod method, DecideForm form) {
		if (method == DecisionMethod.CONSENT) {
			return sitting.sitting().byConsent(recused);
		}
		List<Long> entitled = sitting.sitting().entitled(recused);
		Map<Long, Vote> votes = new LinkedHashMap<>();
		for (Long member : entitled) {
			Vote vote = form.getVotes().get(member);
			if (vote == null) {
				throw refused("decision.refused.voteMissing", sitting.name(member));
			}
			votes.put(member, vote);
		}
		Decision first = sitting.sitting().vote(recused, votes, null);
		Vote casting = form.getCastingVote();
		if (first.outcome() != Outcome.CASTING_VOTE_NEEDED || casting == null) {
			return first;
		}
		if (casting == Vote.ABSTAIN) {
			throw refused("decision.refused.castingVoteAbstain");
		}
		return sitting.sitting().vote(recused, votes, casting);
	}

	private void snapshot(ItemDecision record, LiveSitting sitting, Decision count, long itemId) {
		Map<Long, String> reasons = this.recusals.findByAgendaItemIdOrderByIdAsc(itemId)
			.stream()
			.filter(ItemRecusal::inForce)
			.collect(Collectors.toMap(ItemRecusal::getMemberId, ItemRecusal::getReason));
		List<Long> entitled = (count != null) ? count.entitled() : sitting.sitting().entitled(reasons.keySet());
		Long presiding = (count != null) ? count.presidingMemberId()
				: sitting.presiding(reasons.keySet()).map(Seat::memberId).orElse(null);
		int position = 0;
		for (Seat seat : sitting.seats()) {
			boolean isEntitled = entitled.contains(seat.memberId());
			this.seats.save(new ItemDecisionSeat(record.getId(), ++position, seat.memberId(),
					sitting.name(seat.memberId()), seat.attendance(), seat.chair(), seat.viceChair(),
					Objects.equals(presiding, seat.memberId()), isEntitled, reasons.get(seat.memberId()),
					(count != null && isEntitled) ? count.votes().get(seat.memberId()) : null));
		}
		this.seats.flush();
	}

	// ---------------------------------------------------------------- corrections

	/**
	 * Corrects a decided item's outcome or conditions, with a reason; recorded and
	 * audited. Only corrections that leave the application where the decision put it are
	 * allowed (承認 ↔ 条件付き承認, the conditions' text); the application is not changed.
	 * @param meetingId the meeting
	 * @param itemId the decided 協議事項
	 * @param outcome the corrected outcome
	 * @param conditions the corrected conditions (for 条件付き承認)
	 * @param reason why
	 * @param user staff of the council
	 */
	@Transactional
	public void correct(long meetingId, long itemId, DecisionOutcome outcome, String conditions, String reason,
			AccountPrincipal user) {
		AgendaItem item = deliberation(meetingId, itemId, user);
		ItemDecision record = this.decisions.findByAgendaItemId(item.getId())
			.filter(ItemDecision::isDecided)
			.orElseThrow(() -> refused("decision.refused.notDecided"));
		MeetingStatus status = this.meetings.meeting(meetingId, user).getStatus();
		if (status == MeetingStatus.MINUTES_FINAL || status == MeetingStatus.PUBLISHED) {
			// the final minutes record the decision as it was; they never change
			throw refused("decision.refused.minutesFinal");
		}
		String cleanReason = (reason != null) ? reason.strip() : "";
		if (cleanReason.isEmpty()) {
			throw refused("decision.refused.correctionReason");
		}
		if (cleanReason.length() > CORRECTION_REASON_MAX_LENGTH) {
			throw refused("decision.refused.correctionReasonLength", CORRECTION_REASON_MAX_LENGTH);
		}
		if (outcome == null) {
			throw refused("decision.refused.correctionOutcome");
		}
		String cleanConditions = null;
		if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS) {
			cleanConditions = text(conditions, "decision.refused.conditionsLength");
			if (cleanConditions == null) {
				throw refused("decision.refused.conditions");
			}
		}
		DecisionOutcome previous = record.getOutcome();
		if (previous == outcome && Objects.equals(cleanConditions, record.getConditions())) {
			throw refused("decision.refused.correctionUnchanged");
		}
		boolean sameForTheApplication = (previous == outcome) || (previous.isAgreed() && outcome.isAgreed());
		if (!sameForTheApplication) {
			throw refused("decision.refused.correctionChangesApplication");
		}
		this.corrections.save(new ItemDecisionCorrection(record.getId(), cleanReason, previous, record.getConditions(),
				outcome, cleanConditions, this.clock.instant(), user.getUsername()));
		record.corrected(outcome, cleanConditions);
		this.decisions.saveAndFlush(record);
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * Stores the recusals the charter's rule proposes, once per item: the members in
	 * office on the meeting's day linked to the applicant operator.
	 */
	private void propose(Meeting meeting, AgendaItem item, AccountPrincipal user) {
		if (item.getApplicationId() == null
				|| !this.councils.rulesOf(meeting.getCouncilId()).settings().recusalEnabled()
				|| !this.recusals.findByAgendaItemIdOrderByIdAsc(item.getId()).isEmpty()) {
			return;
		}
		ApplicationView view = this.applications.view(item.getApplicationId(), user);
		Application application = view.application();
		String operatorName = view.operator().getName();
		LocalDate day = LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
		for (long memberId : this.members.linkedToOperator(meeting.getCouncilId(), application.getOperatorId(), day,
				user)) {
			this.recusals.save(new ItemRecusal(item.getId(), memberId,
					message("decision.recusal.proposedReason", operatorName), true));
		}
		this.recusals.flush();
	}

	private List<Long> inForce(long itemId) {
		return this.recusals.findByAgendaItemIdOrderByIdAsc(itemId)
			.stream()
			.filter(ItemRecusal::inForce)
			.map(ItemRecusal::getMemberId)
			.toList();
	}

	private AgendaItem deliberation(long meetingId, long itemId, AccountPrincipal user) {
		AgendaItem item = this.meetings.item(meetingId, itemId, user);
		if (item.getKind() != AgendaItemKind.DELIBERATION) {
			throw new LiveMeetingNotFoundException("協議事項 " + itemId);
		}
		return item;
	}

	private AgendaItem item(long meetingId, long itemId, AccountPrincipal user) {
		return deliberation(meetingId, itemId, user);
	}

	private AgendaItem undecided(long meetingId, long itemId, AccountPrincipal user) {
		AgendaItem item = deliberation(meetingId, itemId, user);
		if (this.decisions.findByAgendaItemId(item.getId()).filter(ItemDecision::isDecided).isPresent()) {
			throw refused("decision.refused.decided");
		}
		return item;
	}

	private void requireMember(long meetingId, long memberId, AccountPrincipal user) {
		if (this.live.sitting(meetingId, user).name(memberId) == null) {
			throw new LiveMeetingNotFoundException("委員 " + memberId);
		}
	}

	private String reason(String reason, String code) {
		String clean = (reason != null) ? reason.strip() : "";
		if (clean.isEmpty()) {
			throw refused(code);
		}
		if (clean.length() > REASON_MAX_LENGTH) {
			throw refused("decision.refused.reasonLength", REASON_MAX_LENGTH);
		}
		return clean;
	}

	private String text(String text, String lengthCode) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String clean = text.strip();
		int max = lengthCode.equals("decision.refused.conditionsLength") ? CONDITIONS_MAX_LENGTH : TEXT_MAX_LENGTH;
		if (clean.length() > max) {
			throw refused(lengthCode, max);
		}
		return clean;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.JAPANESE);
	}

	private LiveMeetingRefusedException refused(String code, Object... arguments) {
		return new LiveMeetingRefusedException(code, arguments, message(code, arguments));
	}

}
