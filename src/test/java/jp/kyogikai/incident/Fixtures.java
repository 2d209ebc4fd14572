package jp.kyogikai.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.support.TestData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the incident tests share besides {@link TestData}: vehicles and drivers to name,
 * and a clean-up that removes only the rows a test added (the demo accident and complaint
 * of のんびり stay).
 */
final class Fixtures extends TestData {

	private static final List<String> TABLES = List.of("accident", "complaint", "administrative_action", "vehicle",
			"driver");

	private final JdbcClient jdbc;

	private final Map<String, Long> marks = new LinkedHashMap<>();

	Fixtures(JdbcClient jdbc, UserDetailsService users) {
		super(jdbc, users);
		this.jdbc = jdbc;
		for (String table : TABLES) {
			this.marks.put(table, jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
		}
	}

	/**
	 * Deletes the rows added since this object was made, accidents before the vehicles
	 * and drivers they name.
	 */
	void cleanUp() {
		this.marks.forEach((table,
				mark) -> this.jdbc.sql("delete from " + table + " where id > :mark").param("mark", mark).update());
	}

	long vehicle(long operatorId, String plate) {
		return this.jdbc.sql("""
				insert into vehicle (operator_id, plate_number, vehicle_type, seats, inspection_expires_on)
				values (:o, :p, 'WHEELCHAIR', 4, date '2030-03-31') returning id
				""").param("o", operatorId).param("p", plate).query(Long.class).single();
	}

	long driver(long operatorId, String name) {
		return this.jdbc.sql("""
				insert into driver (operator_id, name, licence_class, licence_expires_on, appointed_on)
				values (:o, :n, 'CLASS_2', date '2031-03-31', date '2024-04-01') returning id
				""").param("o", operatorId).param("n", name).query(Long.class).single();
	}

}
