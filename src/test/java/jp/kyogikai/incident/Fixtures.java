package jp.kyogikai.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the incident tests share: the demo operators and users, vehicles and drivers to
 * name, and a clean-up that removes only the rows a test added (the demo accident and
 * complaint of のんびり stay).
 */
final class Fixtures {

	private static final List<String> TABLES = List.of("accident", "complaint", "administrative_action", "vehicle",
			"driver");

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final Map<String, Long> marks = new LinkedHashMap<>();

	Fixtures(JdbcClient jdbc, UserDetailsService users) {
		this.jdbc = jdbc;
		this.users = users;
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

	AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

	long operator(String name) {
		return this.jdbc.sql("select id from operator where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	long nonbiri() {
		return operator("特定非営利活動法人 のんびり");
	}

	long tanto() {
		return operator("特定非営利活動法人 たんと");
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

	long count(String table, long operatorId) {
		return this.jdbc.sql("select count(*) from " + table + " where operator_id = :o")
			.param("o", operatorId)
			.query(Long.class)
			.single();
	}

	long id(String table, long operatorId, String column, String value) {
		return this.jdbc.sql("select id from " + table + " where operator_id = :o and " + column + " = :v")
			.param("o", operatorId)
			.param("v", value)
			.query(Long.class)
			.single();
	}

	String text(String table, long id, String column) {
		return this.jdbc.sql("select " + column + "::text from " + table + " where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	boolean isNull(String table, long id, String column) {
		return this.jdbc.sql("select count(*) from " + table + " where id = :id and " + column + " is null")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

	long audits(String table, long id) {
		return this.jdbc.sql("select count(*) from " + table + "_aud where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/**
	 * A form post with the given fields, some replaced, signed in and with CSRF.
	 */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			Map<String, String> defaults, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>(defaults);
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(user(principal)).with(csrf());
	}

}
