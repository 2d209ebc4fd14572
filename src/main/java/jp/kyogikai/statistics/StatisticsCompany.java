package jp.kyogikai.statistics;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * One row of a list of transport companies (鉄道, バス, タクシー): the company, a count (路線数,
 * 所有車両数) and a text (駅, 路線名, 事業所), at its position in the list.
 */
@Entity
@Audited
class StatisticsCompany {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "table_id")
	private StatisticsTable table;

	private int position;

	private String name;

	private int count;

	private String detail;

	protected StatisticsCompany() {
	}

	StatisticsCompany(StatisticsTable table, int position, CompanyLine line) {
		this.table = table;
		this.position = position;
		update(line);
	}

	void update(CompanyLine line) {
		this.name = line.name();
		this.count = (int) line.count();
		this.detail = line.detail();
	}

	CompanyLine line() {
		return new CompanyLine(this.name, this.count, this.detail);
	}

}
