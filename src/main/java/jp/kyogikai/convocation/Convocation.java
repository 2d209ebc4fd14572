package jp.kyogikai.convocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyogikai.meeting.Meeting;
import org.hibernate.envers.Audited;

/**
 * One sending of a meeting's 招集通知: the letter's document number and date, who sent it and
 * when, whether it was a 再送, and the meeting's date, time and place as the letter gave
 * them (so a later change of the meeting shows). Recipients are
 * {@link ConvocationRecipient}s.
 */
@Entity
@Audited
@Table(name = "convocation")
public class Convocation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private String documentPrefix;

	private String documentNumber;

	private LocalDate letterDate;

	private boolean resend;

	private Instant sentAt;

	private String sentBy;

	private String sentByName;

	private Instant meetingStartsAt;

	private Instant meetingEndsAt;

	private String meetingPlace;

	private String meetingOnlineUrl;

	protected Convocation() {
	}

	Convocation(Meeting meeting, String documentPrefix, String documentNumber, LocalDate letterDate, boolean resend,
			Instant sentAt, String sentBy, String sentByName) {
		this.meetingId = meeting.getId();
		this.documentPrefix = documentPrefix;
		this.documentNumber = documentNumber;
		this.letterDate = letterDate;
		this.resend = resend;
		this.sentAt = sentAt;
		this.sentBy = sentBy;
		this.sentByName = sentByName;
		this.meetingStartsAt = meeting.getStartsAt();
		this.meetingEndsAt = meeting.getEndsAt();
		this.meetingPlace = meeting.getPlace();
		this.meetingOnlineUrl = meeting.getOnlineUrl();
	}

	/**
	 * Whether the meeting's date, time, place or online address differ from what this
	 * convocation told the members.
	 * @param meeting the meeting now
	 * @return {@code true} when the members were told something else
	 */
	public boolean outdatedBy(Meeting meeting) {
		return !Objects.equals(this.meetingStartsAt, meeting.getStartsAt())
				|| !Objects.equals(this.meetingEndsAt, meeting.getEndsAt())
				|| !Objects.equals(this.meetingPlace, meeting.getPlace())
				|| !Objects.equals(this.meetingOnlineUrl, meeting.getOnlineUrl());
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public String getDocumentPrefix() {
		return this.documentPrefix;
	}

	/**
	 * The number as entered, e.g. {@code 123}, or empty when staff number the letter by
	 * hand (printed 「佐福第 号」).
	 */
	public String getDocumentNumber() {
		return this.documentNumber;
	}

	/**
	 * The whole document number as printed: 佐福第123号.
	 * @return the number
	 */
	public String getDocumentLabel() {
		return ConvocationForm.label(this.documentPrefix, this.documentNumber);
	}

	public LocalDate getLetterDate() {
		return this.letterDate;
	}

	public boolean isResend() {
		return this.resend;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getSentBy() {
		return this.sentBy;
	}

	public String getSentByName() {
		return this.sentByName;
	}

	public Instant getMeetingStartsAt() {
		return this.meetingStartsAt;
	}

	public Instant getMeetingEndsAt() {
		return this.meetingEndsAt;
	}

	public String getMeetingPlace() {
		return this.meetingPlace;
	}

	public String getMeetingOnlineUrl() {
		return this.meetingOnlineUrl;
	}

}
