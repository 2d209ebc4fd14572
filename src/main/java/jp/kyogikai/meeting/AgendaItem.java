package jp.kyogikai.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import org.hibernate.envers.Audited;

/**
 * One line of a meeting's 次第, in {@code position} order. A 協議事項 may name the application
 * deliberated and the item of an earlier meeting it continues (継続審議).
 */
@Entity
@Audited
@Table(name = "agenda_item")
public class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private int position;

	@Enumerated(EnumType.STRING)
	private AgendaItemKind kind;

	private String title;

	private Long applicationId;

	private Long carriedFromItemId;

	private String materials;

	/** Shown as 「・」 under the numbered item before it, without a number of its own. */
	private boolean subItem;

	protected AgendaItem() {
	}

	AgendaItem(long meetingId, int position, AgendaItemKind kind, String title, String materials, boolean subItem) {
		this.meetingId = meetingId;
		this.position = position;
		update(kind, title, materials, subItem);
	}

	void update(AgendaItemKind kind, String title, String materials, boolean subItem) {
		this.kind = kind;
		this.subItem = subItem;
		this.title = title.strip();
		this.materials = (materials == null || materials.isBlank()) ? null : materials.strip();
	}

	void setPosition(int position) {
		this.position = position;
	}

	void setApplicationId(Long applicationId) {
		this.applicationId = applicationId;
	}

	void setCarriedFromItemId(Long carriedFromItemId) {
		this.carriedFromItemId = carriedFromItemId;
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

	public int getPosition() {
		return this.position;
	}

	public AgendaItemKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getCarriedFromItemId() {
		return this.carriedFromItemId;
	}

	public String getMaterials() {
		return this.materials;
	}

	public boolean isSubItem() {
		return this.subItem;
	}

}
