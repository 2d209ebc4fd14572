package jp.kyogikai.voting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.voting.rule.Decision;
import jp.kyogikai.voting.rule.Outcome;
import jp.kyogikai.voting.rule.Vote;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

/**
 * One nomination for 会長 or 副会長 put to the meeting and what it came to: the member, how
 * nominated (推薦 or 事務局案), decided by consent (異議なし, which elects) or by a counted vote
 * (elects when carried) with the count, who presided, the day the office is held from,
 * when and by whom it was recorded. Never changed (the table's trigger refuses updates
 * and deletes); audited, so its insert names the staff user.
 */
@Entity
@Immutable
@Audited
@Table(name = "election_result")
public class ElectionResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long electionId;

	private long meetingId;

	private long agendaItemId;

	private int position;

	@Enumerated(EnumType.STRING)
	private OfficerRole role;

	private long memberId;

	private long appointmentId;

	private String memberName;

	@Enumerated(EnumType.STRING)
	private Nomination nomination;

	private Long nominatedByMemberId;

	private String nominatedByName;

	@Enumerated(EnumType.STRING)
	private DecisionMethod method;

	private boolean elected;

	private int members;

	private int countedPresent;

	private int requiredQuorum;

	private int inFavour;

	private int against;

	private int abstentions;

	private int base;

	private int required;

	private boolean tie;

	@Enumerated(EnumType.STRING)
	private Vote castingVote;

	@Enumerated(EnumType.STRING)
	private PresiderKind presiderKind;

	private Long presiderMemberId;

	private String presiderName;

	private String presiderTitle;

	private LocalDate effectiveOn;

	private Instant decidedAt;

	private String decidedBy;

	protected ElectionResult() {
	}

	/**
	 * The record of one nomination.
	 * @param election the item's set-up
	 * @param position its place among the item's results
	 * @param role the office
	 * @param candidate the member nominated and the appointment the office goes to
	 * @param nomination 推薦 or 事務局案, with the nominating member
	 * @param method consent or vote
	 * @param count the count it was decided by
	 * @param presider who presided
	 * @param effectiveOn the meeting's day
	 * @param at when recorded
	 * @param by the staff user
	 */
	ElectionResult(ItemElection election, int position, OfficerRole role, Candidate candidate, Nominator nomination,
			DecisionMethod method, Decision count, Presider presider, LocalDate effectiveOn, Instant at, String by) {
		this.electionId = election.getId();
		this.meetingId = election.getMeetingId();
		this.agendaItemId = election.getAgendaItemId();
		this.position = position;
		this.role = role;
		this.memberId = candidate.memberId();
		this.appointmentId = candidate.appointmentId();
		this.memberName = candidate.name();
		this.nomination = nomination.kind();
		this.nominatedByMemberId = nomination.memberId();
		this.nominatedByName = nomination.name();
		this.method = method;
		this.elected = count.outcome() == Outcome.CARRIED;
		this.members = count.quorum().members();
		this.countedPresent = count.quorum().counted();
		this.requiredQuorum = count.quorum().required();
		this.inFavour = count.inFavour();
		this.against = count.against();
		this.abstentions = count.abstentions();
		this.base = count.base();
		this.required = count.required();
		this.tie = count.tie();
		this.castingVote = count.castingVote();
		this.presiderKind = presider.kind();
		this.presiderMemberId = presider.memberId();
		this.presiderName = presider.name();
		this.presiderTitle = presider.title();
		this.effectiveOn = effectiveOn;
		this.decidedAt = at;
		this.decidedBy = by;
	}

	/**
	 * The member nominated.
	 *
	 * @param memberId the member
	 * @param appointmentId the member's appointment on the meeting's day
	 * @param name the name then
	 */
	record Candidate(long memberId, long appointmentId, String name) {
	}

	/**
	 * How the candidate was nominated.
	 *
	 * @param kind 推薦 or 事務局案
	 * @param memberId the nominating member for 推薦
	 * @param name the nominating member's name for 推薦
	 */
	record Nominator(Nomination kind, Long memberId, String name) {
	}

	public Long getId() {
		return this.id;
	}

	public long getElectionId() {
		return this.electionId;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public long getAgendaItemId() {
		return this.agendaItemId;
	}

	public int getPosition() {
		return this.position;
	}

	public OfficerRole getRole() {
		return this.role;
	}

	public long getMemberId() {
		return this.memberId;
	}

	public long getAppointmentId() {
		return this.appointmentId;
	}

	public String getMemberName() {
		return this.memberName;
	}

	public Nomination getNomination() {
		return this.nomination;
	}

	public Long getNominatedByMemberId() {
		return this.nominatedByMemberId;
	}

	public String getNominatedByName() {
		return this.nominatedByName;
	}

	public DecisionMethod getMethod() {
		return this.method;
	}

	public boolean isElected() {
		return this.elected;
	}

	public int getMembers() {
		return this.members;
	}

	public int getCountedPresent() {
		return this.countedPresent;
	}

	public int getRequiredQuorum() {
		return this.requiredQuorum;
	}

	public int getInFavour() {
		return this.inFavour;
	}

	public int getAgainst() {
		return this.against;
	}

	public int getAbstentions() {
		return this.abstentions;
	}

	public int getBase() {
		return this.base;
	}

	public int getRequired() {
		return this.required;
	}

	public boolean isTie() {
		return this.tie;
	}

	public Vote getCastingVote() {
		return this.castingVote;
	}

	public PresiderKind getPresiderKind() {
		return this.presiderKind;
	}

	public Long getPresiderMemberId() {
		return this.presiderMemberId;
	}

	public String getPresiderName() {
		return this.presiderName;
	}

	public String getPresiderTitle() {
		return this.presiderTitle;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

}
