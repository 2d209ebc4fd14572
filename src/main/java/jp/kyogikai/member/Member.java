package jp.kyogikai.member;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A person who is or was a council member, kept by the municipality whose secretariat
 * appointed them.
 */
@Entity
@Audited
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long municipalityId;

	private String name;

	private String furigana;

	private String email;

	/** 備考 of the roster: the organisation and title, e.g. 佐久市区長会 理事. */
	private String affiliation;

	/** The operator the member belongs to, if any: proposed for recusal on its items. */
	private Long operatorId;

	protected Member() {
	}

	public Member(long municipalityId, String name, String furigana, String email, String affiliation,
			Long operatorId) {
		this.municipalityId = municipalityId;
		change(name, furigana, email, affiliation, operatorId);
	}

	void change(String name, String furigana, String email, String affiliation, Long operatorId) {
		this.name = name;
		this.furigana = furigana;
		this.email = email;
		this.affiliation = affiliation;
		this.operatorId = operatorId;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getMunicipalityId() {
		return this.municipalityId;
	}

	public String getName() {
		return this.name;
	}

	public String getFurigana() {
		return this.furigana;
	}

	public String getEmail() {
		return this.email;
	}

	public String getAffiliation() {
		return this.affiliation;
	}

	public Long getOperatorId() {
		return this.operatorId;
	}

}
