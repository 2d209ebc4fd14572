package jp.kyogikai.statistics;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jp.kyogikai.statistics.rule.Position;
import org.hibernate.envers.Audited;

/**
 * One entered count of a table: its row and column (keys of the table's layout) and the
 * number of people or uses. Totals are not stored.
 */
@Entity
@Audited
class StatisticsFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "table_id")
	private StatisticsTable table;

	private String rowKey;

	private String columnKey;

	private int count;

	protected StatisticsFigure() {
	}

	StatisticsFigure(StatisticsTable table, Position position, int count) {
		this.table = table;
		this.rowKey = position.row();
		this.columnKey = position.column();
		this.count = count;
	}

	Position position() {
		return new Position(this.rowKey, this.columnKey);
	}

	int getCount() {
		return this.count;
	}

	void setCount(int count) {
		this.count = count;
	}

}
