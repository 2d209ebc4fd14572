package jp.kyogikai.material;

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
 * One material (資料) of a meeting: the 次第 item it belongs to ({@code null}: general), its
 * place among that item's materials, its title, what it is made of, and whether it is
 * confidential (never published). Its number is computed, see {@link MaterialNumbering}.
 */
@Entity
@Audited
@Table(name = "material")
public class Material {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private Long agendaItemId;

	private int position;

	private String title;

	@Enumerated(EnumType.STRING)
	private MaterialKind kind;

	private Integer fiscalYear;

	private Long operatorId;

	private Long applicationId;

	private Long storedFileId;

	private boolean confidential;

	private boolean continuesPrevious;

	protected Material() {
	}

	Material(long meetingId, Long agendaItemId, int position, String title, MaterialKind kind) {
		this.meetingId = meetingId;
		this.agendaItemId = agendaItemId;
		this.position = position;
		this.title = title.strip();
		this.kind = kind;
	}

	void source(Integer fiscalYear, Long operatorId, Long applicationId, Long storedFileId) {
		this.fiscalYear = fiscalYear;
		this.operatorId = operatorId;
		this.applicationId = applicationId;
		this.storedFileId = storedFileId;
	}

	void confidential(boolean confidential) {
		this.confidential = confidential;
	}

	void update(String title, boolean confidential, boolean continuesPrevious) {
		this.title = title.strip();
		this.confidential = confidential;
		this.continuesPrevious = continuesPrevious;
	}

	void place(Long agendaItemId, int position) {
		this.agendaItemId = agendaItemId;
		this.position = position;
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

	public Long getAgendaItemId() {
		return this.agendaItemId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public MaterialKind getKind() {
		return this.kind;
	}

	public Integer getFiscalYear() {
		return this.fiscalYear;
	}

	public Long getOperatorId() {
		return this.operatorId;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getStoredFileId() {
		return this.storedFileId;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public boolean isContinuesPrevious() {
		return this.continuesPrevious;
	}

}
