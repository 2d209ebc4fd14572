package jp.kyogikai.writtendeliberation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.Application;
import jp.kyogikai.application.ApplicationMaterial;
import jp.kyogikai.application.ApplicationRefusedException;
import jp.kyogikai.application.ApplicationRow;
import jp.kyogikai.application.ApplicationService;
import jp.kyogikai.application.ApplicationView;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.application.rule.IllegalTransitionException;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.council.Council;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.Roster;
import jp.kyogikai.member.RosterEntry;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.voting.rule.Decision;
import jp.kyogikai.voting.rule.Outcome;
import jp.kyogikai.voting.rule.Seat;
import jp.kyogikai.voting.rule.Sitting;
import jp.kyogikai.voting.rule.Vote;
import jp.kyogikai.voting.rule.VotingRules;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 書面協議 as staff prepare, send and close them and as members reply to them.
 * <p>
 * Staff reach a deliberation through its council ({@link CouncilService#council}: staff
 * of another municipality get a 404, other roles are kept out by the URL rules). A member
 * reaches one only when the request went to the member (a recipient); anyone else gets a
 * 404, as for an unknown id. Every refusal is a
 * {@link WrittenDeliberationRefusedException} and changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class WrittenDeliberationService {

	private final WrittenDeliberationRepository deliberations;

	private final WrittenRecusalRepository recusals;

	private final WrittenRecipientRepository recipients;

	private final WrittenVoteRepository votes;

	private final CouncilService councils;

	private final MemberService members;

	private final ApplicationService applications;

	private final ApplicationMaterial applicationMaterial;

	private final OperatorService operators;

	private final WrittenDeliberationMails mails;

	private final MessageSource messages;

	private final Clock clock;

	WrittenDeliberationService(WrittenDeliberationRepository deliberations, WrittenRecusalRepository recusals,
			WrittenRecipientRepository recipients, WrittenVoteRepository votes, CouncilService councils,
			MemberService members, ApplicationService applications, ApplicationMaterial applicationMaterial,
			OperatorService operators, WrittenDeliberationMails mails, MessageSource messages, Clock clock) {
		this.deliberations = deliberations;
		this.recusals = recusals;
		this.recipients = recipients;
		this.votes = votes;
		this.councils = councils;
		this.members = members;
		this.applications = applications;
		this.applicationMaterial = applicationMaterial;
		this.operators = operators;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- staff: reading

	/**
	 * The council, for staff who may manage it.
	 * @param councilId the council
	 * @param user the signed-in user
	 * @return the council
	 */
	public Council council(long councilId, AccountPrincipal user) {
		return this.councils.council(councilId, user);
	}

	/**
	 * The council's 書面協議, the newest first.
	 * @param councilId the council
	 * @param user staff of the council
	 * @return the deliberations
	 */
	public List<WrittenDeliberation> list(long councilId, AccountPrincipal user) {
		Council council = this.councils.council(councilId, user);
		return this.deliberations.findByCouncilIdOrderByCreatedAtDescIdDesc(council.getId());
	}

	/**
	 * The applications a new 書面協議 may take: received (受付済み), of a municipality the
	 * council serves, that the user sees as staff.
	 * @param councilId the council
	 * @param user staff of the council
	 * @return the applications with their operators
	 */
	public List<ApplicationRow> eligibleApplications(long councilId, AccountPrincipal user) {
		Council council = this.councils.council(councilId, user);
		Set<Long> served = council.getMunicipalities().stream().map(Municipality::getId).collect(Collectors.toSet());
		return this.applications.awaitingDeliberation(user, served)
			.stream()
			.filter((row) -> row.application().getStatus() == ApplicationStatus.RECEIVED)
			.toList();
	}

	/**
	 * A deliberation for staff.
	 * @param id the deliberation
	 * @param user staff of its council
	 * @return it
	 * @throws WrittenDeliberationNotFoundException when the user may not see it
	 */
	public WrittenDeliberation deliberation(long id, AccountPrincipal user) {
		WrittenDeliberation deliberation = this.deliberations.findById(id)
			.orElseThrow(() -> new WrittenDeliberationNotFoundException(id));
		try {
			this.councils.council(deliberation.getCouncilId(), user);
		}
		catch (RuntimeException ex) {
			throw new WrittenDeliberationNotFoundException(id);
		}
		return deliberation;
	}

	/**
	 * The staff page: the members with recusals (before sending) or with their replies,
	 * and the result as it stands or as closed.
	 * @param id the deliberation
	 * @param user staff of its council
	 * @return the page
	 */
	public StaffPage page(long id, AccountPrincipal user) {
		WrittenDeliberation deliberation = deliberation(id, user);
		Council council = this.councils.council(deliberation.getCouncilId(), user);
		CharterSettings settings = settings(deliberation);
		Map<Long, WrittenVote> replies = replies(deliberation);
		List<StaffRow> rows = new ArrayList<>();
		if (deliberation.getStatus() == WrittenDeliberationStatus.DRAFT) {
			Map<Long, WrittenRecusal> recused = this.recusals.findByDeliberationIdOrderByIdAsc(id)
				.stream()
				.collect(Collectors.toMap(WrittenRecusal::getMemberId, Function.identity()));
			Roster roster = roster(deliberation, user);
			Map<Long, String> emails = this.members.emails(deliberation.getCouncilId(), roster.date(), user);
			for (RosterEntry entry : roster.entries()) {
				WrittenRecusal recusal = recused.get(entry.memberId());
				rows.add(new StaffRow(entry.memberId(), entry.name(), entry.officerRole() == OfficerRole.CHAIR,
						entry.officerRole() == OfficerRole.VICE_CHAIR, emails.get(entry.memberId()), recusal != null,
						(recusal != null) ? recusal.getReason() : null, recusal != null && recusal.isProposed(), null,
						null));
			}
			return new StaffPage(deliberation, council, rows, settings, null, false, false, 0, 0);
		}
		List<WrittenRecipient> sent = this.recipients.findByDeliberationIdOrderByPositionAsc(id);
		for (WrittenRecipient recipient : sent) {
			rows.add(new StaffRow(recipient.getMemberId(), recipient.getName(), recipient.isChair(),
					recipient.isViceChair(), recipient.getEmail(), recipient.isRecused(), recipient.getRecusalReason(),
					false, replies.get(recipient.getMemberId()), recipient));
		}
		// a closed deliberation shows its snapshot, never a count under today's charter
		Decision result = (deliberation.getStatus() == WrittenDeliberationStatus.OPEN)
				? decide(settings, sent, replies, null) : null;
		int expected = (int) sent.stream().filter((r) -> !r.isRecused()).count();
		int replied = (int) sent.stream().filter((r) -> replies.containsKey(r.getMemberId())).count();
		return new StaffPage(deliberation, council, rows, settings, result,
				deliberation.acceptsReplies(this.clock.instant()), closable(deliberation, sent, replies), replied,
				expected);
	}

	/**
	 * The members in office on the request's day (today before sending).
	 */
	private Roster roster(WrittenDeliberation deliberation, AccountPrincipal user) {
		LocalDate day = (deliberation.getRosterDate() != null) ? deliberation.getRosterDate() : today();
		return this.members.roster(deliberation.getCouncilId(), user, day);
	}

	// ---------------------------------------------------------------- staff: changes

	/**
	 * Creates a 書面協議 for a received application, which goes on the agenda; members linked
	 * to the applicant operator are proposed for recusal when the charter has the recusal
	 * rule.
	 * @param councilId the council
	 * @param form the application, title, question and deadline
	 * @param user staff of the council
	 * @return the new deliberation's id
	 * @throws WrittenDeliberationRefusedException when the application is not a received
	 * one of a municipality the council serves, or the deadline has passed
	 */
	@Transactional
	public long create(long councilId, WrittenDeliberationForm form, AccountPrincipal user) {
		Council council = this.councils.council(councilId, user);
		if (form.getApplicationId() == null) {
			throw new WrittenDeliberationRefusedException("applicationId", "written.refused.application");
		}
		ApplicationView view;
		try {
			view = this.applications.view(form.getApplicationId(), user);
		}
		catch (RuntimeException ex) {
			throw new WrittenDeliberationRefusedException("applicationId", "written.refused.application");
		}
		Application application = view.application();
		boolean served = council.getMunicipalities()
			.stream()
			.anyMatch((municipality) -> municipality.getId() == application.getMunicipalityId());
		if (!served || application.getStatus() != ApplicationStatus.RECEIVED) {
			throw new WrittenDeliberationRefusedException("applicationId", "written.refused.application");
		}
		Instant deadline = deadline(form);
		try {
			this.applications.putOnAgenda(application.getId(), user);
		}
		catch (IllegalTransitionException ex) {
			throw new WrittenDeliberationRefusedException("applicationId", "written.refused.application");
		}
		String label = this.messages.getMessage("enum.ApplicationType." + application.getType().name(), null,
				application.getType().name(), Locale.JAPANESE)
				+ ((application.getReceivedNumber() != null) ? "（" + application.getReceivedNumber() + "）" : "");
		WrittenDeliberation deliberation = this.deliberations
			.saveAndFlush(new WrittenDeliberation(council.getId(), application.getId(), application.getMunicipalityId(),
					application.getOperatorId(), view.operator().getName(), label, form.getTitle().strip(),
					form.getQuestion().strip(), deadline, this.clock.instant(), user.getUsername()));
		if (settings(deliberation).recusalEnabled()) {
			String reason = this.messages.getMessage("decision.recusal.proposedReason",
					new Object[] { view.operator().getName() }, Locale.JAPANESE);
			for (long memberId : this.members.linkedToOperator(council.getId(), application.getOperatorId(), today(),
					user)) {
				this.recusals.save(new WrittenRecusal(deliberation.getId(), memberId, reason, true));
			}
		}
		return deliberation.getId();
	}

	/**
	 * Changes the title, question and deadline of a draft.
	 * @param id the deliberation
	 * @param form the new values
	 * @param user staff of its council
	 */
	@Transactional
	public void update(long id, WrittenDeliberationForm form, AccountPrincipal user) {
		WrittenDeliberation deliberation = draft(id, user);
		checkVersion(deliberation, form.getVersion());
		deliberation.write(form.getTitle().strip(), form.getQuestion().strip(), deadline(form));
		this.deliberations.saveAndFlush(deliberation);
	}

	/**
	 * Recuses a member in office from a draft, with a reason.
	 * @param id the deliberation
	 * @param memberId a member in office today
	 * @param reason why
	 * @param user staff of its council
	 */
	@Transactional
	public void recuse(long id, long memberId, String reason, AccountPrincipal user) {
		WrittenDeliberation deliberation = draft(id, user);
		boolean inOffice = roster(deliberation, user).entries().stream().anyMatch((e) -> e.memberId() == memberId);
		if (!inOffice) {
			throw new WrittenDeliberationNotFoundException(id);
		}
		String stripped = (reason != null) ? reason.strip() : "";
		if (stripped.isEmpty()) {
			throw new WrittenDeliberationRefusedException("reason", "written.refused.recusalReason");
		}
		if (stripped.length() > 500) {
			throw new WrittenDeliberationRefusedException("reason", "written.refused.recusalReasonLength");
		}
		if (this.recusals.findByDeliberationIdAndMemberId(id, memberId).isPresent()) {
			return;
		}
		this.recusals.saveAndFlush(new WrittenRecusal(id, memberId, stripped, false));
	}

	/**
	 * Lets a recused member take part again (a draft only).
	 * @param id the deliberation
	 * @param memberId the member
	 * @param user staff of its council
	 */
	@Transactional
	public void unrecuse(long id, long memberId, AccountPrincipal user) {
		draft(id, user);
		this.recusals.findByDeliberationIdAndMemberId(id, memberId).ifPresent((recusal) -> {
			this.recusals.delete(recusal);
			this.recusals.flush();
		});
	}

	/**
	 * Sends the request: one mail per member in office today who has an address (the
	 * others are listed for 郵送等), queued in this transaction; the members become the
	 * deliberation's recipients with their recusals, and it opens for replies.
	 * @param id the deliberation
	 * @param version the version the page showed
	 * @param user staff of its council
	 * @return how many mails were queued
	 */
	@Transactional
	public int send(long id, long version, AccountPrincipal user) {
		WrittenDeliberation deliberation = draft(id, user);
		checkVersion(deliberation, version);
		Instant now = this.clock.instant();
		if (!deliberation.getDeadline().isAfter(now)) {
			throw new WrittenDeliberationRefusedException("written.refused.deadlinePassed");
		}
		LocalDate today = today();
		Roster roster = this.members.roster(deliberation.getCouncilId(), user, today);
		if (roster.entries().isEmpty()) {
			throw new WrittenDeliberationRefusedException("written.refused.noMembers");
		}
		Map<Long, WrittenRecusal> recused = this.recusals.findByDeliberationIdOrderByIdAsc(id)
			.stream()
			.collect(Collectors.toMap(WrittenRecusal::getMemberId, Function.identity()));
		Council council = this.councils.council(deliberation.getCouncilId(), user);
		Municipality secretariat = council.getSecretariatMunicipality();
		String secretariatName = secretariat.getName()
				+ ((council.getSecretariatDepartment() != null) ? "　" + council.getSecretariatDepartment() : "");
		deliberation.sent(now, user.getUsername(), today);
		this.deliberations.saveAndFlush(deliberation);
		int mailed = 0;
		int position = 0;
		Map<Long, String> emails = this.members.emails(deliberation.getCouncilId(), roster.date(), user);
		for (RosterEntry entry : roster.entries()) {
			String email = emails.get(entry.memberId());
			Long mailId = null;
			if (email != null) {
				mailId = this.mails.queue(deliberation, council.getName(), secretariatName,
						secretariat.getSecretariatEmail(), entry.memberId(), entry.name(), email, secretariat.getId());
				mailed++;
			}
			WrittenRecusal recusal = recused.get(entry.memberId());
			this.recipients.save(new WrittenRecipient(id, entry.memberId(), ++position, entry.name(),
					entry.officerRole() == OfficerRole.CHAIR, entry.officerRole() == OfficerRole.VICE_CHAIR, email,
					mailId, (recusal != null) ? recusal.getReason() : null));
		}
		this.recipients.flush();
		return mailed;
	}

	/**
	 * Extends the deadline of an open deliberation (when the replies do not reach the
	 * quorum, say).
	 * @param id the deliberation
	 * @param form the new deadline
	 * @param user staff of its council
	 */
	@Transactional
	public void extend(long id, WrittenDeliberationForm form, AccountPrincipal user) {
		WrittenDeliberation deliberation = open(id, user);
		checkVersion(deliberation, form.getVersion());
		Instant deadline = deadline(form);
		if (!deadline.isAfter(deliberation.getDeadline())) {
			throw new WrittenDeliberationRefusedException("deadlineDate", "written.refused.extendLater");
		}
		deliberation.extend(deadline);
		this.deliberations.saveAndFlush(deliberation);
	}

	/**
	 * Closes an open deliberation with its result, computed by the charter's rules from
	 * the replies, and records the application's outcome: carried is 承認 (条件付き承認 with
	 * conditions), not carried 否決. The result's snapshot is kept on the deliberation and
	 * its recipients.
	 * @param id the deliberation
	 * @param form the chair's casting vote on a tie, the conditions, the version
	 * @param user staff of its council
	 * @throws WrittenDeliberationRefusedException before the deadline while a member may
	 * still reply, without the quorum, without a casting vote the tie needs
	 */
	@Transactional
	public Decision close(long id, CloseForm form, AccountPrincipal user) {
		WrittenDeliberation deliberation = open(id, user);
		checkVersion(deliberation, form.getVersion());
		List<WrittenRecipient> sent = this.recipients.findByDeliberationIdOrderByPositionAsc(id);
		Map<Long, WrittenVote> replies = replies(deliberation);
		if (!closable(deliberation, sent, replies)) {
			throw new WrittenDeliberationRefusedException("written.refused.notYet");
		}
		CharterSettings settings = settings(deliberation);
		Decision decision = decide(settings, sent, replies, null);
		if (decision.outcome() == Outcome.CASTING_VOTE_NEEDED) {
			if (form.getCastingVote() == null || form.getCastingVote() == Vote.ABSTAIN) {
				throw new WrittenDeliberationRefusedException("castingVote", "written.refused.castingVote");
			}
			decision = decide(settings, sent, replies, form.getCastingVote());
		}
		if (decision.outcome() == Outcome.NO_QUORUM) {
			throw new WrittenDeliberationRefusedException("written.refused.noQuorum");
		}
		if (decision.outcome() == Outcome.NOBODY_ENTITLED) {
			throw new WrittenDeliberationRefusedException("written.refused.nobodyEntitled");
		}
		String conditions = (form.getConditions() != null && !form.getConditions().isBlank())
				? form.getConditions().strip() : null;
		DecisionOutcome outcome;
		if (decision.outcome() == Outcome.CARRIED) {
			outcome = (conditions != null) ? DecisionOutcome.APPROVED_WITH_CONDITIONS : DecisionOutcome.APPROVED;
		}
		else {
			outcome = DecisionOutcome.REJECTED;
			conditions = null;
		}
		Instant now = this.clock.instant();
		deliberation.closed(decision, outcome, conditions, now, user.getUsername());
		this.deliberations.saveAndFlush(deliberation);
		for (WrittenRecipient recipient : sent) {
			boolean entitled = decision.entitled().contains(recipient.getMemberId());
			recipient.counted(replies.containsKey(recipient.getMemberId()), entitled,
					entitled ? decision.votes().get(recipient.getMemberId()) : null);
		}
		this.recipients.saveAllAndFlush(sent);
		try {
			this.applications.decide(deliberation.getApplicationId(), outcome, conditions, user);
		}
		catch (IllegalTransitionException | ApplicationRefusedException ex) {
			throw new WrittenDeliberationRefusedException("written.refused.applicationNotOnAgenda");
		}
		this.operators.recordDeliberation(deliberation.getOperatorId(), LocalDate.ofInstant(now, Kyogikai.ZONE), user);
		return decision;
	}

	/**
	 * Cancels a draft or open deliberation (the replies do not reach the quorum, say);
	 * the application goes back to 受付済み.
	 * @param id the deliberation
	 * @param reason why
	 * @param version the version the page showed
	 * @param user staff of its council
	 */
	@Transactional
	public void cancel(long id, String reason, long version, AccountPrincipal user) {
		WrittenDeliberation deliberation = changeable(id, user);
		checkVersion(deliberation, version);
		String stripped = (reason != null) ? reason.strip() : "";
		if (stripped.isEmpty()) {
			throw new WrittenDeliberationRefusedException("reason", "written.refused.cancelReason");
		}
		if (stripped.length() > 500) {
			throw new WrittenDeliberationRefusedException("reason", "written.refused.cancelReasonLength");
		}
		deliberation.cancelled(stripped, this.clock.instant(), user.getUsername());
		this.deliberations.saveAndFlush(deliberation);
		try {
			this.applications.removeFromAgenda(deliberation.getApplicationId(), user);
		}
		catch (IllegalTransitionException ex) {
			throw new WrittenDeliberationRefusedException("written.refused.applicationNotOnAgenda");
		}
	}

	/**
	 * Records a member's reply that came by post or by hand, before the deadline.
	 * @param id the deliberation
	 * @param memberId a recipient who is not recused
	 * @param form the reply
	 * @param user staff of its council
	 */
	@Transactional
	public void recordFor(long id, long memberId, VoteForm form, AccountPrincipal user) {
		WrittenDeliberation deliberation = deliberation(id, user);
		WrittenRecipient recipient = this.recipients.findByDeliberationIdAndMemberId(id, memberId)
			.orElseThrow(() -> new WrittenDeliberationNotFoundException(id));
		save(deliberation, recipient, form, user.getUsername());
	}

	// ---------------------------------------------------------------- members

	/**
	 * The deliberations whose request went to the member: open ones first (by deadline),
	 * then the others, newest first.
	 * @param user the signed-in member
	 * @return the lines with the member's replies
	 */
	public List<MemberLine> forMember(AccountPrincipal user) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			return List.of();
		}
		List<Long> councils = this.members.councilIdsOfMember(user);
		if (councils.isEmpty()) {
			return List.of();
		}
		List<WrittenDeliberation> found = this.deliberations
			.findByCouncilIdInAndStatusInOrderByDeadlineAscIdAsc(councils, List.of(WrittenDeliberationStatus.OPEN,
					WrittenDeliberationStatus.CLOSED, WrittenDeliberationStatus.CANCELLED));
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(WrittenDeliberation::getId).toList();
		Map<Long, WrittenRecipient> asked = this.recipients.findByMemberIdAndDeliberationIdIn(user.memberId(), ids)
			.stream()
			.collect(Collectors.toMap(WrittenRecipient::getDeliberationId, Function.identity()));
		Map<Long, WrittenVote> replied = this.votes.findByMemberIdAndDeliberationIdIn(user.memberId(), ids)
			.stream()
			.collect(Collectors.toMap(WrittenVote::getDeliberationId, Function.identity()));
		Map<Long, String> names = new HashMap<>();
		Instant now = this.clock.instant();
		List<MemberLine> open = new ArrayList<>();
		List<MemberLine> others = new ArrayList<>();
		for (WrittenDeliberation deliberation : found) {
			WrittenRecipient recipient = asked.get(deliberation.getId());
			if (recipient == null) {
				continue;
			}
			MemberLine line = new MemberLine(deliberation,
					names.computeIfAbsent(deliberation.getCouncilId(), (c) -> this.councils.rulesOf(c).name()),
					replied.get(deliberation.getId()), recipient.isRecused(), deliberation.acceptsReplies(now));
			(line.acceptsReplies() ? open : others).add(line);
		}
		others.sort((a, b) -> b.deliberation().getDeadline().compareTo(a.deliberation().getDeadline()));
		List<MemberLine> all = new ArrayList<>(open);
		all.addAll(others);
		return all;
	}

	/**
	 * The open deliberations the member may still reply to, for the home page.
	 * @param user the signed-in member
	 * @return the lines, soonest deadline first
	 */
	public List<MemberLine> openForMember(AccountPrincipal user) {
		return forMember(user).stream().filter((line) -> line.acceptsReplies() && !line.recused()).toList();
	}

	/**
	 * A deliberation as the member reads it.
	 * @param id the deliberation
	 * @param user the signed-in member
	 * @return the page
	 * @throws WrittenDeliberationNotFoundException unless the request went to the member
	 */
	public MemberPage memberPage(long id, AccountPrincipal user) {
		WrittenDeliberation deliberation = visibleToMember(id, user);
		WrittenRecipient recipient = recipient(deliberation, user);
		WrittenVote vote = this.votes.findByDeliberationIdAndMemberId(id, user.memberId()).orElse(null);
		MemberLine line = new MemberLine(deliberation, this.councils.rulesOf(deliberation.getCouncilId()).name(), vote,
				recipient.isRecused(), deliberation.acceptsReplies(this.clock.instant()));
		boolean chairPresides = recipient.isChair() && !settings(deliberation).chairVotes();
		return new MemberPage(line, recipient, chairPresides);
	}

	/**
	 * Saves the member's own reply.
	 * @param id the deliberation
	 * @param user the signed-in member
	 * @param form the reply
	 */
	@Transactional
	public void vote(long id, AccountPrincipal user, VoteForm form) {
		WrittenDeliberation deliberation = visibleToMember(id, user);
		save(deliberation, recipient(deliberation, user), form, user.getUsername());
	}

	/**
	 * The application's 協議申請書 for a member the request went to, rendered as the
	 * secretariat of the application's municipality would render it (the member's access
	 * was checked here), without its attached documents.
	 * @param id the deliberation
	 * @param user the signed-in member
	 * @return the PDF's bytes
	 */
	public byte[] applicationPdf(long id, AccountPrincipal user) {
		WrittenDeliberation deliberation = visibleToMember(id, user);
		recipient(deliberation, user);
		AccountPrincipal reader = new AccountPrincipal(0L, "written-deliberation", null, "書面協議", Role.SECRETARIAT,
				deliberation.getApplicationMunicipalityId(), null, null, null, true);
		return this.applicationMaterial.pdf(deliberation.getApplicationId(), reader);
	}

	private WrittenDeliberation visibleToMember(long id, AccountPrincipal user) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			throw new WrittenDeliberationNotFoundException(id);
		}
		WrittenDeliberation deliberation = this.deliberations.findById(id)
			.filter((d) -> d.getStatus() != WrittenDeliberationStatus.DRAFT)
			.orElseThrow(() -> new WrittenDeliberationNotFoundException(id));
		if (!this.members.councilIdsOfMember(user).contains(deliberation.getCouncilId())) {
			throw new WrittenDeliberationNotFoundException(id);
		}
		return deliberation;
	}

	private WrittenRecipient recipient(WrittenDeliberation deliberation, AccountPrincipal user) {
		return this.recipients.findByDeliberationIdAndMemberId(deliberation.getId(), user.memberId())
			.orElseThrow(() -> new WrittenDeliberationNotFoundException(deliberation.getId()));
	}

	// ---------------------------------------------------------------- both

	private void save(WrittenDeliberation deliberation, WrittenRecipient recipient, VoteForm form, String by) {
		if (deliberation.getStatus().finished()) {
			throw new WrittenDeliberationRefusedException("written.refused.finished");
		}
		if (!deliberation.acceptsReplies(this.clock.instant())) {
			throw new WrittenDeliberationRefusedException("written.refused.deadlinePassed");
		}
		if (recipient.isRecused()) {
			throw new WrittenDeliberationRefusedException("written.refused.recused");
		}
		if (form.getVote() != Vote.FOR && form.getVote() != Vote.AGAINST) {
			throw new WrittenDeliberationRefusedException("vote", "written.refused.vote");
		}
		String comment = (form.getComment() != null && !form.getComment().isBlank()) ? form.getComment().strip() : null;
		if (comment != null && comment.length() > 2000) {
			throw new WrittenDeliberationRefusedException("comment", "written.refused.commentLength");
		}
		WrittenVote vote = this.votes.findByDeliberationIdAndMemberId(deliberation.getId(), recipient.getMemberId())
			.orElseGet(() -> new WrittenVote(deliberation.getId(), recipient.getMemberId()));
		Long expected = form.getVersion();
		if ((vote.getId() != null) ? (expected == null || expected != vote.getVersion()) : expected != null) {
			throw new ObjectOptimisticLockingFailureException(WrittenVote.class, deliberation.getId());
		}
		vote.answer(form.getVote(), comment, this.clock.instant(), by);
		this.votes.saveAndFlush(vote);
	}

	/**
	 * The result by the charter's rules: each recipient a seat, present when the member
	 * replied (attending in writing) and absent otherwise; recused members recused; the
	 * replies of the members entitled to vote counted (a presiding chair who does not
	 * vote under the charter is present but not counted).
	 */
	static Decision decide(CharterSettings settings, List<WrittenRecipient> sent, Map<Long, WrittenVote> replies,
			Vote castingVote) {
		List<Seat> seats = sent.stream()
			.map((r) -> new Seat(r.getMemberId(),
					replies.containsKey(r.getMemberId()) ? Attendance.PRESENT : Attendance.ABSENT, r.isChair(),
					r.isViceChair()))
			.toList();
		Sitting sitting = new Sitting(VotingRules.of(settings), seats);
		List<Long> recused = sent.stream()
			.filter(WrittenRecipient::isRecused)
			.map(WrittenRecipient::getMemberId)
			.toList();
		List<Long> entitled = sitting.entitled(recused);
		Map<Long, Vote> given = new LinkedHashMap<>();
		replies.forEach((member, vote) -> {
			if (entitled.contains(member)) {
				given.put(member, vote.getVote());
			}
		});
		return sitting.vote(recused, given, castingVote);
	}

	private boolean closable(WrittenDeliberation deliberation, Collection<WrittenRecipient> sent,
			Map<Long, WrittenVote> replies) {
		if (deliberation.getStatus() != WrittenDeliberationStatus.OPEN) {
			return false;
		}
		if (!deliberation.getDeadline().isAfter(this.clock.instant())) {
			return true;
		}
		return sent.stream().filter((r) -> !r.isRecused()).allMatch((r) -> replies.containsKey(r.getMemberId()));
	}

	private Map<Long, WrittenVote> replies(WrittenDeliberation deliberation) {
		return this.votes.findByDeliberationId(deliberation.getId())
			.stream()
			.collect(Collectors.toMap(WrittenVote::getMemberId, Function.identity()));
	}

	private WrittenDeliberation draft(long id, AccountPrincipal user) {
		WrittenDeliberation deliberation = deliberation(id, user);
		if (deliberation.getStatus().finished()) {
			throw new WrittenDeliberationRefusedException("written.refused.finished");
		}
		if (deliberation.getStatus() != WrittenDeliberationStatus.DRAFT) {
			throw new WrittenDeliberationRefusedException("written.refused.alreadySent");
		}
		return deliberation;
	}

	private WrittenDeliberation open(long id, AccountPrincipal user) {
		WrittenDeliberation deliberation = deliberation(id, user);
		if (deliberation.getStatus().finished()) {
			throw new WrittenDeliberationRefusedException("written.refused.finished");
		}
		if (deliberation.getStatus() != WrittenDeliberationStatus.OPEN) {
			throw new WrittenDeliberationRefusedException("written.refused.notSent");
		}
		return deliberation;
	}

	private WrittenDeliberation changeable(long id, AccountPrincipal user) {
		WrittenDeliberation deliberation = deliberation(id, user);
		if (deliberation.getStatus().finished()) {
			throw new WrittenDeliberationRefusedException("written.refused.finished");
		}
		return deliberation;
	}

	private Instant deadline(WrittenDeliberationForm form) {
		if (form.getDeadlineDate() == null || form.getDeadlineTime() == null) {
			throw new WrittenDeliberationRefusedException("deadlineDate", "written.refused.deadline");
		}
		Instant deadline = LocalDateTime.of(form.getDeadlineDate(), form.getDeadlineTime())
			.atZone(Kyogikai.ZONE)
			.toInstant();
		if (!deadline.isAfter(this.clock.instant())) {
			throw new WrittenDeliberationRefusedException("deadlineDate", "written.refused.deadlinePast");
		}
		return deadline;
	}

	private static void checkVersion(WrittenDeliberation deliberation, long version) {
		if (deliberation.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(WrittenDeliberation.class, deliberation.getId());
		}
	}

	private CharterSettings settings(WrittenDeliberation deliberation) {
		return this.councils.rulesOf(deliberation.getCouncilId()).settings();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
