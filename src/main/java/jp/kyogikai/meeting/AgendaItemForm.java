package jp.kyogikai.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.meeting.rule.AgendaItemKind;

/**
 * One item of the 次第 as staff add or edit it.
 */
public class AgendaItemForm {

	private long version;

	@NotNull
	private AgendaItemKind kind = AgendaItemKind.FREE;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 200)
	private String materials;

	private boolean subItem;

	public boolean isSubItem() {
		return this.subItem;
	}

	public void setSubItem(boolean subItem) {
		this.subItem = subItem;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public AgendaItemKind getKind() {
		return this.kind;
	}

	public void setKind(AgendaItemKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getMaterials() {
		return this.materials;
	}

	public void setMaterials(String materials) {
		this.materials = materials;
	}

}
