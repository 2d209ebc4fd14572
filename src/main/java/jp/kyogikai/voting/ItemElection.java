package jp.kyogikai.voting;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyogikai.member.OfficerRole;
import org.hibernate.envers.Audited;

/**
 * How staff set up an election item (会長・副会長の互選): the offices it elects and who presides
 * over it until it has elected a 会長 (the officer in office, a member as 座長, or a named
 * non-member as 仮議長). Written when staff first change it or record a result; until then
 * {@link #defaults} applies.
 */
@Entity
@Audited
@Table(name = "item_election")
public class ItemElection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private long agendaItemId;

	private boolean electsChair;

	private boolean electsViceChair;

	@Enumerated(EnumType.STRING)
	private PresiderKind presiderKind;

	private Long presiderMemberId;

	private String presiderName;

	private String presiderTitle;

	protected ItemElection() {
	}

	private ItemElection(long meetingId, long agendaItemId) {
		this.meetingId = meetingId;
		this.agendaItemId = agendaItemId;
		this.electsChair = true;
		this.electsViceChair = true;
		this.presiderKind = PresiderKind.OFFICER;
	}

	/**
	 * An item not yet set up: it elects both offices and the officer in office presides.
	 * @param meetingId the meeting
	 * @param agendaItemId the election item
	 * @return the set-up, not stored
	 */
	static ItemElection defaults(long meetingId, long agendaItemId) {
		return new ItemElection(meetingId, agendaItemId);
	}

	void setUp(boolean electsChair, boolean electsViceChair, PresiderKind kind, Long memberId, String name,
			String title) {
		this.electsChair = electsChair;
		this.electsViceChair = electsViceChair;
		this.presiderKind = kind;
		this.presiderMemberId = (kind == PresiderKind.MEMBER) ? memberId : null;
		this.presiderName = (kind == PresiderKind.NON_MEMBER) ? name : null;
		this.presiderTitle = (kind == PresiderKind.NON_MEMBER) ? title : null;
	}

	/**
	 * The offices this item elects, 会長 first.
	 * @return one or both offices
	 */
	public List<OfficerRole> roles() {
		List<OfficerRole> roles = new ArrayList<>();
		if (this.electsChair) {
			roles.add(OfficerRole.CHAIR);
		}
		if (this.electsViceChair) {
			roles.add(OfficerRole.VICE_CHAIR);
		}
		return roles;
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

	public long getAgendaItemId() {
		return this.agendaItemId;
	}

	public boolean isElectsChair() {
		return this.electsChair;
	}

	public boolean isElectsViceChair() {
		return this.electsViceChair;
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

}
