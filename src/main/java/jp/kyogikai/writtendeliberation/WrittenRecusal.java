package jp.kyogikai.writtendeliberation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A member who takes no part in a 書面協議 (利害関係), with the reason: proposed for members
 * linked to the applicant operator, changed by staff before the request is sent.
 */
@Entity
@Audited
@Table(name = "written_recusal")
public class WrittenRecusal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long deliberationId;

	private long memberId;

	private String reason;

	private boolean proposed;

	protected WrittenRecusal() {
	}

	WrittenRecusal(long deliberationId, long memberId, String reason, boolean proposed) {
		this.deliberationId = deliberationId;
		this.memberId = memberId;
		this.reason = reason;
		this.proposed = proposed;
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

	public String getReason() {
		return this.reason;
	}

	public boolean isProposed() {
		return this.proposed;
	}

}
