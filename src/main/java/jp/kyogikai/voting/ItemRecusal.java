package jp.kyogikai.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A member recused from one 協議事項 before it is decided (除斥): proposed automatically for a
 * member linked to the applicant operator, or added by staff, each with a reason. A
 * withdrawn recusal keeps its row with the reason for withdrawing it.
 */
@Entity
@Audited
@Table(name = "item_recusal")
public class ItemRecusal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long agendaItemId;

	private long memberId;

	private String reason;

	private boolean proposed;

	private String withdrawnReason;

	protected ItemRecusal() {
	}

	ItemRecusal(long agendaItemId, long memberId, String reason, boolean proposed) {
		this.agendaItemId = agendaItemId;
		this.memberId = memberId;
		this.reason = reason;
		this.proposed = proposed;
	}

	void recuse(String reason) {
		this.reason = reason;
		this.proposed = false;
		this.withdrawnReason = null;
	}

	void withdraw(String reason) {
		this.withdrawnReason = reason;
	}

	/**
	 * Whether the member is recused (the recusal is not withdrawn).
	 * @return {@code true} when in force
	 */
	public boolean inForce() {
		return this.withdrawnReason == null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getAgendaItemId() {
		return this.agendaItemId;
	}

	public long getMemberId() {
		return this.memberId;
	}

	public String getReason() {
		return this.reason;
	}

	public boolean isProposed() {
		return this.proposed;
	}

	public String getWithdrawnReason() {
		return this.withdrawnReason;
	}

}
