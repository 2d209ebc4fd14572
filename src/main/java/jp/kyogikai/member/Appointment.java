package jp.kyogikai.member;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jp.kyogikai.member.rule.Seat;
import jp.kyogikai.member.rule.Term;
import org.hibernate.envers.Audited;

/**
 * A member's appointment to a council (委嘱) for one term, from one category. A
 * reappointment is a new appointment; the old one stays as history.
 */
@Entity
@Audited
public class Appointment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long councilId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "member_id")
	private Member member;

	private long categoryId;

	private LocalDate startOn;

	/** The last day of the term as appointed. */
	private LocalDate termEndOn;

	/** The last day in office when the appointment ended early (辞任 etc.). */
	private LocalDate endedOn;

	private String endReason;

	/** The appointment this one fills the rest of (補欠), if any. */
	private Long predecessorId;

	@Enumerated(EnumType.STRING)
	private OfficerRole officerRole;

	/** The day the office was taken (互選の日). */
	private LocalDate officerSince;

	protected Appointment() {
	}

	Appointment(long councilId, Member member, long categoryId, Term term, Long predecessorId) {
		this.councilId = councilId;
		this.member = member;
		this.categoryId = categoryId;
		this.startOn = term.start();
		this.termEndOn = term.end();
		this.predecessorId = predecessorId;
	}

	/**
	 * The term as appointed.
	 * @return from the first to the appointed last day
	 */
	public Term appointedTerm() {
		return new Term(this.startOn, this.termEndOn);
	}

	/**
	 * The days actually in office: the appointed term, cut short by an early end.
	 * @return the term in office
	 */
	public Term term() {
		return (this.endedOn != null) ? appointedTerm().endedOn(this.endedOn) : appointedTerm();
	}

	Seat seat() {
		return new Seat(this.member.getId(), this.categoryId, term());
	}

	void end(LocalDate lastDay, String reason) {
		appointedTerm().endedOn(lastDay);
		this.endedOn = lastDay;
		this.endReason = reason;
		if (this.officerRole != null) {
			this.officerRole = null;
			this.officerSince = null;
		}
	}

	void change(long categoryId, Term term) {
		this.categoryId = categoryId;
		this.startOn = term.start();
		this.termEndOn = term.end();
	}

	void takeOffice(OfficerRole role, LocalDate since) {
		this.officerRole = role;
		this.officerSince = since;
	}

	void leaveOffice() {
		this.officerRole = null;
		this.officerSince = null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getCouncilId() {
		return this.councilId;
	}

	public Member getMember() {
		return this.member;
	}

	public long getCategoryId() {
		return this.categoryId;
	}

	public LocalDate getStartOn() {
		return this.startOn;
	}

	public LocalDate getTermEndOn() {
		return this.termEndOn;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public String getEndReason() {
		return this.endReason;
	}

	public Long getPredecessorId() {
		return this.predecessorId;
	}

	public OfficerRole getOfficerRole() {
		return this.officerRole;
	}

	public LocalDate getOfficerSince() {
		return this.officerSince;
	}

	public boolean isSubstitute() {
		return this.predecessorId != null;
	}

}
