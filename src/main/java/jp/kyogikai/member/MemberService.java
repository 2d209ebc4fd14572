package jp.kyogikai.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kyogikai.audit.AuditHistory;
import jp.kyogikai.audit.RecordChange;
import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.member.rule.RosterLimits;
import jp.kyogikai.member.rule.RosterViolation;
import jp.kyogikai.member.rule.Seat;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and appointments as the signed-in user may see and change them: staff in the
 * councils their municipality runs; a member only the rosters of councils it sits on.
 */
@Service
@Transactional(readOnly = true)
public class MemberService {

	private final MemberRepository members;

	private final AppointmentRepository appointments;

	private final CouncilService councils;

	private final Clock clock;

	private final AuditHistory auditHistory;

	MemberService(MemberRepository members, AppointmentRepository appointments, CouncilService councils, Clock clock,
			AuditHistory auditHistory) {
		this.members = members;
		this.appointments = appointments;
		this.councils = councils;
		this.clock = clock;
		this.auditHistory = auditHistory;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The roster on a day.
	 * @param councilId the council
	 * @param user the signed-in user: staff of the council, or a member sitting on it
	 * @param date the day
	 * @return the members in office that day, in the charter's category order
	 */
	public Roster roster(long councilId, AccountPrincipal user, LocalDate date) {
		CouncilRules rules = readableRules(councilId, user);
		Map<Long, CouncilRules.Category> categories = rules.categoriesById();
		List<Appointment> inOffice = this.appointments.findInOffice(councilId, date);
		List<RosterEntry> entries = inOffice.stream()
			.sorted(Comparator.comparingInt((Appointment a) -> categoryOrder(categories, a.getCategoryId()))
				.thenComparingInt(
						(a) -> (a.getOfficerRole() != null) ? a.getOfficerRole().ordinal() : Integer.MAX_VALUE)
				.thenComparing(Appointment::getStartOn)
				.thenComparing((a) -> a.getMember().getFurigana()))
			.map((a) -> entry(a, categories))
			.toList();
		return new Roster(councilId, rules.name(), date, commonTerm(inOffice), rules.settings().maxMembers(),
				rules.settings().termMonths(), entries);
	}

	/**
	 * The e-mail addresses of the members in office on a day, read at once (a convocation
	 * or a request mails each of them).
	 * @param councilId the council
	 * @param date the day
	 * @param user staff of the council
	 * @return each member's address, trimmed; members without one are left out
	 */
	public Map<Long, String> emails(long councilId, LocalDate date, AccountPrincipal user) {
		readableRules(councilId, user);
		Map<Long, String> emails = new HashMap<>();
		for (Appointment appointment : this.appointments.findInOffice(councilId, date)) {
			String email = appointment.getMember().getEmail();
			if (email != null && !email.isBlank()) {
				emails.put(appointment.getMember().getId(), email.strip());
			}
		}
		return emails;
	}

	/**
	 * The members in office on a day who belong to an operator (the members who may not
	 * take part in a matter of their own organisation: the basis of proposed recusals).
	 * @param councilId the council
	 * @param operatorId the operator
	 * @param date the day
	 * @param user staff of the council
	 * @return the members' ids, in roster order
	 */
	public List<Long> linkedToOperator(long councilId, long operatorId, LocalDate date, AccountPrincipal user) {
		readableRules(councilId, user);
		return this.appointments.findInOffice(councilId, date)
			.stream()
			.filter((a) -> a.getMember().getOperatorId() != null && a.getMember().getOperatorId() == operatorId)
			.map((a) -> a.getMember().getId())
			.distinct()
			.toList();
	}

	/**
	 * The municipality name to print as the roster's author.
	 * @param councilId the council
	 * @param user the signed-in user
	 * @return the municipality running the council
	 */
	public String municipalityOf(long councilId, AccountPrincipal user) {
		return readableRules(councilId, user).municipalityName();
	}

	/**
	 * A member with every appointment to the council, newest first.
	 * @param councilId the council
	 * @param memberId the member
	 * @param user staff of the council
	 * @return the member's page
	 */
	public MemberDetail member(long councilId, long memberId, AccountPrincipal user) {
		CouncilRules rules = this.councils.rulesOf(councilId, user);
		Member member = memberOf(councilId, memberId);
		Map<Long, CouncilRules.Category> categories = rules.categoriesById();
		List<RosterEntry> history = this.appointments.findByMember(memberId)
			.stream()
			.filter((a) -> a.getCouncilId() == councilId)
			.map((a) -> entry(a, categories))
			.toList();
		return new MemberDetail(member, history, today());
	}

	/**
	 * Every change to the person's details, newest first.
	 * @param councilId the council
	 * @param memberId the member
	 * @param user staff of the council
	 * @return the revisions
	 */
	public List<RecordChange> history(long councilId, long memberId, AccountPrincipal user) {
		this.councils.rulesOf(councilId, user);
		memberOf(councilId, memberId);
		return this.auditHistory.of(Member.class, memberId, PersonSnapshot::of);
	}

	/**
	 * The person's fields as the history shows them (labels: {@code member.<name>}).
	 *
	 * @param name 氏名
	 * @param furigana ふりがな
	 * @param affiliation 所属・役職
	 * @param email メールアドレス
	 */
	public record PersonSnapshot(String name, String furigana, String affiliation, String email) {

		static PersonSnapshot of(Member member) {
			return new PersonSnapshot(member.getName(), member.getFurigana(), member.getAffiliation(),
					member.getEmail());
		}

	}

	/**
	 * Appoints a new person (or a person already known to the municipality, by id).
	 * @param councilId the council
	 * @param user staff of the council
	 * @param person the person's details
	 * @param categoryId the 選出区分
	 * @param start the first day
	 * @param end the last day, {@code null} for the charter's full term
	 * @return the new appointment
	 */
	@Transactional
	public Appointment appoint(long councilId, AccountPrincipal user, PersonDetails person, long categoryId,
			LocalDate start, LocalDate end) {
		CouncilRules rules = this.councils.rulesOf(councilId, user);
		requireCategory(rules, categoryId);
		Term term = term(rules, start, end);
		Member member = this.members.save(person.toMember(municipalityOf(rules, user)));
		return save(rules, new Appointment(councilId, member, categoryId, term, null));
	}

	/**
	 * Appoints a substitute (補欠) for an appointment that ended early: the substitute
	 * serves the rest of the predecessor's term, in the same category.
	 * @param councilId the council
	 * @param predecessorId the appointment that ended early
	 * @param user staff of the council
	 * @param person the substitute's details
	 * @param start the substitute's first day
	 * @return the new appointment
	 */
	@Transactional
	public Appointment appointSubstitute(long councilId, long predecessorId, AccountPrincipal user,
			PersonDetails person, LocalDate start) {
		CouncilRules rules = this.councils.rulesOf(councilId, user);
		Appointment predecessor = appointment(councilId, predecessorId);
		if (predecessor.getEndedOn() == null) {
			throw new MemberChangeRejectedException("start", new RosterViolation("appointment.substitute.notEnded"));
		}
		if (!start.isAfter(predecessor.getEndedOn()) || !predecessor.appointedTerm().contains(start)) {
			throw new MemberChangeRejectedException("start", new RosterViolation("appointment.substitute.start",
					predecessor.getEndedOn().plusDays(1), predecessor.getTermEndOn()));
		}
		if (this.appointments.hasSuccessor(predecessorId)) {
			throw new MemberChangeRejectedException("start", new RosterViolation("appointment.substitute.taken"));
		}
		Term term = Term.substitute(start, predecessor.appointedTerm());
		Member member = this.members.save(person.toMember(municipalityOf(rules, user)));
		return save(rules, new Appointment(councilId, member, predecessor.getCategoryId(), term, predecessorId));
	}

	/**
	 * Reappoints (再任) a member for the next full term, starting the day after the
	 * appointment ends, in the same category.
	 * @param councilId the council
	 * @param appointmentId the appointment that ends
	 * @param user staff of the council
	 * @return the new appointment
	 */
	@Transactional
	public Appointment reappoint(long councilId, long appointmentId, AccountPrincipal user) {
		CouncilRules rules = this.councils.rulesOf(councilId, user);
		Appointment previous = appointment(councilId, appointmentId);
		Term term = previous.appointedTerm().next(rules.settings().termMonths());
		return save(rules, new Appointment(councilId, previous.getMember(), previous.getCategoryId(), term, null));
	}

	/**
	 * Corrects an appointment's category or dates (a mistyped entry); the charter's
	 * limits apply as to a new appointment.
	 * @param councilId the council
	 * @param appointmentId the appointment
	 * @param user staff of the council
	 * @param expectedVersion the version the form was made from
	 * @param categoryId the 選出区分
	 * @param start the first day
	 * @param end the last day, {@code null} for the charter's full term
	 */
	@Transactional
	public void correct(long councilId, long appointmentId, AccountPrincipal user, long expectedVersion,
			long categoryId, LocalDate start, LocalDate end) {
		CouncilRules rules = this.councils.rulesOf(councilId, user);
		Appointment appointment = appointment(councilId, appointmentId);
		checkVersion(appointment, expectedVersion);
		requireCategory(rules, categoryId);
		Term term = term(rules, start, end);
		if (appointment.getEndedOn() != null && !term.contains(appointment.getEndedOn())) {
			throw new MemberChangeRejectedException("end",
					new RosterViolation("appointment.correct.endedOutside", appointment.getEndedOn()));
		}
		appointment.change(categoryId, term);
		save(rules, appointment);
	}

	/**
	 * Ends an appointment before its term (辞任, 退職 …).
	 * @param councilId the council
	 * @param appointmentId the appointment
	 * @param user staff of the council
	 * @param expectedVersion the version the form was made from
	 * @param lastDay the last day in office
	 * @param reason why
	 */
	@Transactional
	public void end(long councilId, long appointmentId, AccountPrincipal user, long expectedVersion, LocalDate lastDay,
			String reason) {
		this.councils.rulesOf(councilId, user);
		Appointment appointment = appointment(councilId, appointmentId);
		checkVersion(appointment, expectedVersion);
		if (!appointment.appointedTerm().contains(lastDay)) {
			throw new MemberChangeRejectedException("lastDay", new RosterViolation("appointment.end.outside",
					appointment.getStartOn(), appointment.getTermEndOn()));
		}
		appointment.end(lastDay, reason.strip());
	}

	@Transactional
	public void updatePerson(long councilId, long memberId, AccountPrincipal user, long expectedVersion,
			PersonDetails person) {
		this.councils.rulesOf(councilId, user);
		Member member = memberOf(councilId, memberId);
		if (member.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Member.class, memberId);
		}
		member.change(person.name(), person.furigana(), person.email(), person.affiliation(), person.operatorId());
	}

	/**
	 * Records the result of a 互選: the appointment's member takes the office, and whoever
	 * held it leaves it.
	 * @param councilId the council
	 * @param appointmentId the appointment of the member elected
	 * @param user staff of the council
	 * @param role 会長 or 副会長
	 * @param since the day of the election
	 */
	@Transactional
	public void elect(long councilId, long appointmentId, AccountPrincipal user, OfficerRole role, LocalDate since) {
		this.councils.rulesOf(councilId, user);
		Appointment elected = appointment(councilId, appointmentId);
		if (!elected.term().contains(since)) {
			throw new MemberChangeRejectedException("since", new RosterViolation("officer.notInOffice"));
		}
		for (Appointment other : this.appointments.findInOffice(councilId, since)) {
			if (other.getOfficerRole() == role && !other.getId().equals(elected.getId())) {
				other.leaveOffice();
			}
		}
		elected.takeOffice(role, since);
	}

	/**
	 * One appointment as a roster line, for the pages that act on it.
	 * @param councilId the council
	 * @param appointmentId the appointment
	 * @param user staff of the council
	 * @return the line
	 */
	public RosterEntry appointmentEntry(long councilId, long appointmentId, AccountPrincipal user) {
		CouncilRules rules = this.councils.rulesOf(councilId, user);
		return entry(appointment(councilId, appointmentId), rules.categoriesById());
	}

	public long appointmentCategory(long councilId, long appointmentId, AccountPrincipal user) {
		this.councils.rulesOf(councilId, user);
		return appointment(councilId, appointmentId).getCategoryId();
	}

	public LocalDate appointedEnd(long councilId, long appointmentId, AccountPrincipal user) {
		this.councils.rulesOf(councilId, user);
		return appointment(councilId, appointmentId).getTermEndOn();
	}

	public long appointmentVersion(long councilId, long appointmentId, AccountPrincipal user) {
		this.councils.rulesOf(councilId, user);
		return appointment(councilId, appointmentId).getVersion();
	}

	/**
	 * Appointments of the user's councils whose term ends within the given days, soonest
	 * first.
	 * @param user staff
	 * @param days how far ahead
	 * @return the appointments
	 */
	public List<TermEnding> termsEndingWithin(AccountPrincipal user, int days) {
		Map<Long, String> names = this.councils.councilsFor(user)
			.stream()
			.collect(Collectors.toMap((c) -> c.id(), (c) -> c.name()));
		if (names.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		Set<String> reappointed = this.appointments.findStartingAfter(names.keySet(), today)
			.stream()
			.map((a) -> a.getCouncilId() + ":" + a.getMember().getId())
			.collect(Collectors.toSet());
		return this.appointments.findTermsEnding(names.keySet(), today, today.plusDays(days))
			.stream()
			.filter((a) -> !reappointed.contains(a.getCouncilId() + ":" + a.getMember().getId()))
			.map((a) -> new TermEnding(a.getCouncilId(), names.get(a.getCouncilId()), a.getMember().getId(),
					a.getMember().getName(), a.getTermEndOn()))
			.toList();
	}

	/**
	 * The councils a MEMBER user sits on (or sat on), by name.
	 * @param user the signed-in member
	 * @return id and name of each council
	 */
	public List<CouncilOfMember> councilsOfMember(AccountPrincipal user) {
		return councilIdsOfMember(user).stream()
			.map(this.councils::rulesOf)
			.map((rules) -> new CouncilOfMember(rules.councilId(), rules.name()))
			.toList();
	}

	/**
	 * A council a member sits on.
	 *
	 * @param id the council
	 * @param name its name
	 */
	public record CouncilOfMember(long id, String name) {
	}

	/**
	 * The councils a MEMBER user sits on (or sat on).
	 * @param user the signed-in member
	 * @return council ids
	 */
	public List<Long> councilIdsOfMember(AccountPrincipal user) {
		return (user.memberId() != null) ? this.appointments.findCouncilIdsOfMember(user.memberId()) : List.of();
	}

	CouncilRules readableRules(long councilId, AccountPrincipal user) {
		if (user.role() == Role.MEMBER) {
			if (!councilIdsOfMember(user).contains(councilId)) {
				throw new MemberNotFoundException(councilId);
			}
			return this.councils.rulesOf(councilId);
		}
		return this.councils.rulesOf(councilId, user);
	}

	Appointment save(CouncilRules rules, Appointment appointment) {
		List<Seat> others = this.appointments.findByCouncil(rules.councilId())
			.stream()
			.filter((a) -> !Objects.equals(a.getId(), appointment.getId()))
			.map(Appointment::seat)
			.toList();
		List<RosterViolation> violations = new RosterLimits(rules.settings().maxMembers(), rules.categoryCaps())
			.check(others, appointment.seat());
		if (!violations.isEmpty()) {
			throw new MemberChangeRejectedException("categoryId", violations);
		}
		return this.appointments.save(appointment);
	}

	static Term term(CouncilRules rules, LocalDate start, LocalDate end) {
		if (end == null) {
			return Term.standard(start, rules.settings().termMonths());
		}
		if (end.isBefore(start)) {
			throw new MemberChangeRejectedException("end", new RosterViolation("appointment.endBeforeStart"));
		}
		return new Term(start, end);
	}

	static void requireCategory(CouncilRules rules, long categoryId) {
		if (!rules.categoriesById().containsKey(categoryId)) {
			throw new MemberChangeRejectedException("categoryId", new RosterViolation("appointment.category.unknown"));
		}
	}

	private long municipalityOf(CouncilRules rules, AccountPrincipal user) {
		if (user.municipalityId() != null) {
			return user.municipalityId();
		}
		return this.councils.council(rules.councilId(), user).getSecretariatMunicipality().getId();
	}

	private Member memberOf(long councilId, long memberId) {
		boolean sits = this.appointments.findByMember(memberId).stream().anyMatch((a) -> a.getCouncilId() == councilId);
		if (!sits) {
			throw new MemberNotFoundException(memberId);
		}
		return this.members.findById(memberId).orElseThrow(() -> new MemberNotFoundException(memberId));
	}

	private Appointment appointment(long councilId, long appointmentId) {
		return this.appointments.findByIdAndCouncilId(appointmentId, councilId)
			.orElseThrow(() -> new MemberNotFoundException(appointmentId));
	}

	private static Term commonTerm(List<Appointment> inOffice) {
		return inOffice.stream()
			.collect(Collectors.groupingBy(Appointment::appointedTerm, Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.<Term, Long>comparingByValue().thenComparing((e) -> e.getKey().start()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	private static int categoryOrder(Map<Long, CouncilRules.Category> categories, long categoryId) {
		CouncilRules.Category category = categories.get(categoryId);
		return (category != null) ? category.order() : Integer.MAX_VALUE;
	}

	private static RosterEntry entry(Appointment a, Map<Long, CouncilRules.Category> categories) {
		CouncilRules.Category category = categories.get(a.getCategoryId());
		Member m = a.getMember();
		return new RosterEntry(a.getId(), m.getId(), m.getName(), m.getFurigana(),
				(category != null) ? category.name() : "", m.getAffiliation(), a.getOfficerRole(), a.getStartOn(),
				a.term().end(), a.isSubstitute(), a.getEndedOn() != null);
	}

	private static void checkVersion(Appointment appointment, long expected) {
		if (appointment.getVersion() != expected) {
			throw new ObjectOptimisticLockingFailureException(Appointment.class, appointment.getId());
		}
	}

}
