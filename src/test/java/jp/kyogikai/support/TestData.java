package jp.kyogikai.support;

import java.util.List;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo data's users and operators as tests name them, and the rows of an operator's
 * registries (a table with {@code id} and {@code operator_id}) as tests count and read
 * them.
 */
@Component
public class TestData {

	public static final String NONBIRI = "特定非営利活動法人 のんびり";

	public static final String TANTO = "特定非営利活動法人 たんと";

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	public TestData(JdbcClient jdbc, UserDetailsService users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/**
	 * A demo user, as signed in.
	 * @param username staff, staff2, nonbiri, tanto, chair, member, admin, …
	 * @return the principal
	 */
	public AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

	/**
	 * The seed meeting of the demo: 佐久市's council, 令和7年7月17日 10:00.
	 * @return its id
	 */
	public long seedMeeting() {
		return this.jdbc.sql("""
				select m.id from meeting m join council c on c.id = m.council_id
				where c.name = '佐久市福祉有償運送運営協議会' and m.starts_at = timestamptz '2025-07-17 10:00+09'
				""").query(Long.class).single();
	}

	/**
	 * The council of a meeting.
	 * @param meetingId the meeting
	 * @return its council's id
	 */
	public long councilOf(long meetingId) {
		return this.jdbc.sql("select council_id from meeting where id = :id")
			.param("id", meetingId)
			.query(Long.class)
			.single();
	}

	public long operator(String name) {
		return this.jdbc.sql("select id from operator where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	public long nonbiri() {
		return operator(NONBIRI);
	}

	public long tanto() {
		return operator(TANTO);
	}

	/**
	 * The demo operators of 佐久市, which staff of 小諸市 may not see.
	 * @return their ids
	 */
	public List<Long> sakuOperators() {
		return this.jdbc.sql("""
				select o.id from operator o join municipality m on m.id = o.municipality_id where m.name = '佐久市'
				""").query(Long.class).list();
	}

	public long count(String table, long operatorId) {
		return this.jdbc.sql("select count(*) from " + table + " where operator_id = :o")
			.param("o", operatorId)
			.query(Long.class)
			.single();
	}

	/**
	 * The one row of the operator's with a value.
	 * @param table the table
	 * @param operatorId the operator
	 * @param column the column
	 * @param value its value, as text
	 * @return the row's id
	 */
	public long id(String table, long operatorId, String column, String value) {
		return this.jdbc.sql("select id from " + table + " where operator_id = :o and " + column + "::text = :v")
			.param("o", operatorId)
			.param("v", value)
			.query(Long.class)
			.single();
	}

	/**
	 * A row's value as text ({@code null} stays {@code null}).
	 */
	public String text(String table, long id, String column) {
		return this.jdbc.sql("select " + column + "::text from " + table + " where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	public boolean isNull(String table, long id, String column) {
		return this.jdbc.sql("select count(*) from " + table + " where id = :id and " + column + " is null")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

	/**
	 * The audited revisions of a row.
	 */
	public long audits(String table, long id) {
		return this.jdbc.sql("select count(*) from " + table + "_aud where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/**
	 * Every row of the operator's in a table, every column, for "nothing changed".
	 * @param table the table
	 * @param operatorId the operator
	 * @return the rows by id
	 */
	public List<Map<String, Object>> rows(String table, long operatorId) {
		return this.jdbc.sql("select * from " + table + " where operator_id = :o order by id")
			.param("o", operatorId)
			.query()
			.listOfRows();
	}

}
