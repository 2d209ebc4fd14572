package jp.kyogikai.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A 市町村, the tenant: its staff see only its own councils and records.
 */
@Entity
@Audited
public class Municipality {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	/** 全国地方公共団体コード (6 digits, with the check digit). */
	private String code;

	private String prefecture;

	private String name;

	/**
	 * The secretariat's address for the mail the product sends it (an operator submitted
	 * or withdrew an application); {@code null} when none is set.
	 */
	private String secretariatEmail;

	protected Municipality() {
	}

	public Municipality(String code, String prefecture, String name) {
		this.code = code;
		this.prefecture = prefecture;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getCode() {
		return this.code;
	}

	public String getPrefecture() {
		return this.prefecture;
	}

	public String getName() {
		return this.name;
	}

	public String getSecretariatEmail() {
		return this.secretariatEmail;
	}

	/**
	 * Sets the secretariat's address.
	 * @param secretariatEmail the address, {@code null} or blank for none
	 */
	public void setSecretariatEmail(String secretariatEmail) {
		this.secretariatEmail = (secretariatEmail == null || secretariatEmail.isBlank()) ? null
				: secretariatEmail.strip();
	}

}
