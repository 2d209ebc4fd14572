package jp.kyogikai.meeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import org.hibernate.envers.Audited;

/**
 * A meeting of a council: 第{@code number}回 of its 年度, when and where, and its status.
 */
@Entity
@Audited
@Table(name = "meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long councilId;

	private int fiscalYear;

	private int number;

	private Instant startsAt;

	private Instant endsAt;

	private String place;

	private boolean online;

	private String onlineUrl;

	@Enumerated(EnumType.STRING)
	private Openness openness;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status;

	protected Meeting() {
	}

	Meeting(long councilId) {
		this.councilId = councilId;
		this.status = MeetingStatus.PLANNED;
		this.openness = Openness.PUBLIC;
	}

	void update(int fiscalYear, int number, Instant startsAt, Instant endsAt, String place, boolean online,
			String onlineUrl, Openness openness) {
		this.fiscalYear = fiscalYear;
		this.number = number;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = blankToNull(place);
		this.online = online;
		this.onlineUrl = online ? blankToNull(onlineUrl) : null;
		this.openness = openness;
	}

	void setStatus(MeetingStatus status) {
		this.status = status;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
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

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public boolean isOnline() {
		return this.online;
	}

	public String getOnlineUrl() {
		return this.onlineUrl;
	}

	public Openness getOpenness() {
		return this.openness;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

}
