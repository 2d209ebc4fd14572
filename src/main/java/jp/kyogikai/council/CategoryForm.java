package jp.kyogikai.council;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.kyogikai.council.rule.CharterSettings;

/**
 * A member category (選出区分): its name and optional cap.
 */
public class CategoryForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@Min(1)
	@Max(CharterSettings.MAX_MEMBERS_LIMIT)
	private Integer cap;

	private long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getCap() {
		return this.cap;
	}

	public void setCap(Integer cap) {
		this.cap = cap;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
