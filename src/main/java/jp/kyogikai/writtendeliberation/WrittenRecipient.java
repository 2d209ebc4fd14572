package jp.kyogikai.writtendeliberation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyogikai.voting.rule.Vote;
import org.hibernate.envers.Audited;

/**
 * A member the request of a 書面協議 went to, as the member was on the day it was sent: a
 * seat of the decision. Closing records whether the member replied, was entitled to vote
 * and which vote was counted.
 */
@Entity
@Audited
@Table(name = "written_recipient")
public class WrittenRecipient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long deliberationId;

	private long memberId;

	private int position;

	private String name;

	private boolean chair;

	private boolean viceChair;

	private String email;

	private Long mailOutboxId;

	private boolean recused;

	private String recusalReason;

	private Boolean replied;

	private Boolean entitled;

	@Enumerated(EnumType.STRING)
	private Vote countedVote;

	protected WrittenRecipient() {
	}

	WrittenRecipient(long deliberationId, long memberId, int position, String name, boolean chair, boolean viceChair,
			String email, Long mailOutboxId, String recusalReason) {
		this.deliberationId = deliberationId;
		this.memberId = memberId;
		this.position = position;
		this.name = name;
		this.chair = chair;
		this.viceChair = viceChair;
		this.email = email;
		this.mailOutboxId = mailOutboxId;
		this.recused = recusalReason != null;
		this.recusalReason = recusalReason;
	}

	void counted(boolean replied, boolean entitled, Vote countedVote) {
		this.replied = replied;
		this.entitled = entitled;
		this.countedVote = countedVote;
	}

	public Long getId() {
		return this.id;
	}

	public long getDeliberationId() {
		return this.deliberationId;
	}

	public long getMemberId() {
		return this.memberId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public boolean isChair() {
		return this.chair;
	}

	public boolean isViceChair() {
		return this.viceChair;
	}

	public String getEmail() {
		return this.email;
	}

	public Long getMailOutboxId() {
		return this.mailOutboxId;
	}

	public boolean isRecused() {
		return this.recused;
	}

	public String getRecusalReason() {
		return this.recusalReason;
	}

	public Boolean getReplied() {
		return this.replied;
	}

	public Boolean getEntitled() {
		return this.entitled;
	}

	public Vote getCountedVote() {
		return this.countedVote;
	}

}
