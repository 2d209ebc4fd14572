package jp.kyogikai.council;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A 選出区分 of the charter (e.g. 識見を有する者, タクシー事業者), in the charter's order, with an optional
 * cap on how many members it may hold at once.
 */
@Entity
@Audited
public class MemberCategory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "council_id")
	private Council council;

	private String name;

	private Integer cap;

	private int sortOrder;

	protected MemberCategory() {
	}

	public MemberCategory(Council council, String name, Integer cap, int sortOrder) {
		this.council = council;
		this.name = name;
		this.cap = cap;
		this.sortOrder = sortOrder;
	}

	void change(String name, Integer cap) {
		this.name = name;
		this.cap = cap;
	}

	void moveTo(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Council getCouncil() {
		return this.council;
	}

	public String getName() {
		return this.name;
	}

	public Integer getCap() {
		return this.cap;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
