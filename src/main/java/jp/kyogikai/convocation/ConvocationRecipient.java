package jp.kyogikai.convocation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A member a convocation went to: by mail (the outbox's mail) or, without an e-mail
 * address, to be sent by post or by hand (郵送等で送付).
 */
@Entity
@Audited
@Table(name = "convocation_recipient")
public class ConvocationRecipient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long convocationId;

	private long memberId;

	private String name;

	private String email;

	private Long mailOutboxId;

	@Enumerated(EnumType.STRING)
	private RecipientStatus status;

	protected ConvocationRecipient() {
	}

	ConvocationRecipient(long convocationId, long memberId, String name, String email, Long mailOutboxId) {
		this.convocationId = convocationId;
		this.memberId = memberId;
		this.name = name;
		this.email = email;
		this.mailOutboxId = mailOutboxId;
		this.status = (email != null) ? RecipientStatus.MAILED : RecipientStatus.NO_EMAIL;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getConvocationId() {
		return this.convocationId;
	}

	public long getMemberId() {
		return this.memberId;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public Long getMailOutboxId() {
		return this.mailOutboxId;
	}

	public RecipientStatus getStatus() {
		return this.status;
	}

}
