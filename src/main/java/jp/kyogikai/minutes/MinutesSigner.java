package jp.kyogikai.minutes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A 議事録署名人: a member present at the meeting who signs the minutes, where the charter asks
 * for signers.
 */
@Entity
@Audited
@Table(name = "minutes_signer")
public class MinutesSigner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long minutesId;

	private int position;

	private long memberId;

	private String name;

	protected MinutesSigner() {
	}

	MinutesSigner(long minutesId, int position, long memberId, String name) {
		this.minutesId = minutesId;
		this.position = position;
		this.memberId = memberId;
		this.name = name;
	}

	void change(long memberId, String name) {
		this.memberId = memberId;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public long getMinutesId() {
		return this.minutesId;
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

}
