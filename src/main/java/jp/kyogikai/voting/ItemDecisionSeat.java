package jp.kyogikai.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.voting.rule.Vote;
import org.hibernate.annotations.Immutable;

/**
 * A member in office as the decision of a 協議事項 saw the member: the name and attendance
 * then, whether entitled to vote, recused (with the reason) and the vote. Never changed
 * (the table's trigger refuses updates and deletes).
 */
@Entity
@Immutable
@Table(name = "item_decision_seat")
public class ItemDecisionSeat {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long decisionId;

	private int position;

	private long memberId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Attendance attendance;

	private boolean chair;

	private boolean viceChair;

	private boolean presiding;

	private boolean entitled;

	private boolean recused;

	private String recusalReason;

	@Enumerated(EnumType.STRING)
	private Vote vote;

	protected ItemDecisionSeat() {
	}

	ItemDecisionSeat(long decisionId, int position, long memberId, String name, Attendance attendance, boolean chair,
			boolean viceChair, boolean presiding, boolean entitled, String recusalReason, Vote vote) {
		this.decisionId = decisionId;
		this.position = position;
		this.memberId = memberId;
		this.name = name;
		this.attendance = attendance;
		this.chair = chair;
		this.viceChair = viceChair;
		this.presiding = presiding;
		this.entitled = entitled;
		this.recused = recusalReason != null;
		this.recusalReason = recusalReason;
		this.vote = entitled ? vote : null;
	}

	public Long getId() {
		return this.id;
	}

	public long getDecisionId() {
		return this.decisionId;
	}

	public int getPosition() {
		return this.position;
	}

	public long getMemberId() {
		return this.memberId;
	}

	public String getName() {
		return this.name;
	}

	public Attendance getAttendance() {
		return this.attendance;
	}

	public boolean isChair() {
		return this.chair;
	}

	public boolean isViceChair() {
		return this.viceChair;
	}

	public boolean isPresiding() {
		return this.presiding;
	}

	public boolean isEntitled() {
		return this.entitled;
	}

	public boolean isRecused() {
		return this.recused;
	}

	public String getRecusalReason() {
		return this.recusalReason;
	}

	public Vote getVote() {
		return this.vote;
	}

}
