package jp.kyogikai.driver;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jp.kyogikai.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * V8 on a database that holds drivers of V5's shape: each recorded suspension period
 * moves into {@code driver_suspension} with an audit row, and the old columns and their
 * CHECKs go. Runs Flyway in a schema of its own, up to V6 first, then to the end.
 */
@IntegrationTest
class DriverSuspensionMigrationTests {

	private static final String SCHEMA = "v8_migration_check";

	@Autowired
	DataSource pool;

	/** Connections of their own, so that Flyway's search path never reaches the pool. */
	DataSource dataSource;

	JdbcClient jdbc;

	@BeforeEach
	void connect() throws Exception {
		HikariDataSource hikari = this.pool.unwrap(HikariDataSource.class);
		this.dataSource = new DriverManagerDataSource(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		this.jdbc = JdbcClient.create(this.dataSource);
		dropSchema();
	}

	@AfterEach
	void dropSchema() {
		this.jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
	}

	@Test
	void movesEverySuspensionPeriodIntoTheHistoryAndDropsTheColumns() {
		flyway("6").migrate();
		long operator = operatorOfV6();
		long suspended = driver(operator, "停止 一郎", "'2024-03-03'", "'2024-04-01'");
		long oneDay = driver(operator, "停止 二郎", "'2025-06-01'", "'2025-06-01'");
		long clean = driver(operator, "無事故 三郎", "null", "null");
		this.jdbc.sql("insert into " + SCHEMA + ".audit_revision (changed_at, username) values (now(), 'staff')")
			.update();
		this.jdbc.sql("""
				insert into %s.driver_aud (id, rev, revtype, operator_id, name, licence_class, licence_expires_on,
				  appointed_on, suspended_from, suspended_to)
				select id, (select max(id) from %s.audit_revision), 0, operator_id, name, licence_class,
				  licence_expires_on, appointed_on, suspended_from, suspended_to
				from %s.driver
				""".formatted(SCHEMA, SCHEMA, SCHEMA)).update();
		long revisionsBefore = count("audit_revision");

		flyway("latest").migrate();

		assertThat(this.jdbc.sql("""
				select driver_id || ':' || suspended_from || ':' || suspended_to || ':' || coalesce(reason, '-')
				from %s.driver_suspension order by driver_id
				""".formatted(SCHEMA)).query(String.class).list())
			.containsExactly(suspended + ":2024-03-03:2024-04-01:-", oneDay + ":2025-06-01:2025-06-01:-");
		assertThat(this.jdbc.sql("select count(*) from " + SCHEMA + ".driver_suspension where driver_id = :d")
			.param("d", clean)
			.query(Long.class)
			.single()).isZero();
		assertThat(count("audit_revision")).as("one revision records the moved periods").isEqualTo(revisionsBefore + 1);
		assertThat(this.jdbc
			.sql("""
					select a.driver_id || ':' || a.revtype || ':' || r.username || ':' || a.suspended_from || ':' || a.suspended_to
					from %s.driver_suspension_aud a
					join %s.driver_suspension s on s.id = a.id
					join %s.audit_revision r on r.id = a.rev
					order by a.driver_id
					"""
				.formatted(SCHEMA, SCHEMA, SCHEMA))
			.query(String.class)
			.list())
			.containsExactly(suspended + ":0:system:2024-03-03:2024-04-01", oneDay + ":0:system:2025-06-01:2025-06-01");

		assertThat(this.jdbc
			.sql("""
					select table_name || '.' || column_name from information_schema.columns
					where table_schema = :schema and table_name in ('driver', 'driver_aud') and column_name like 'suspended%'
					""")
			.param("schema", SCHEMA)
			.query(String.class)
			.list()).isEmpty();
		assertThat(count("driver")).isEqualTo(3);
		assertThat(count("driver_aud")).as("the drivers' own history stays").isEqualTo(3);
		List<String> checks = this.jdbc.sql("""
				select pg_get_constraintdef(c.oid) from pg_constraint c
				join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
				where n.nspname = :schema and t.relname = 'driver' and c.contype = 'c'
				""").param("schema", SCHEMA).query(String.class).list();
		assertThat(checks).hasSize(2)
			.anySatisfy((check) -> assertThat(check).contains("left_on"))
			.anySatisfy((check) -> assertThat(check).contains("licence_class"))
			.noneSatisfy((check) -> assertThat(check).contains("suspended"));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				insert into %s.driver_suspension (driver_id, suspended_from, suspended_to)
				values (:d, date '2025-06-30', date '2025-06-01')
				""".formatted(SCHEMA)).param("d", clean).update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				insert into %s.driver_violation (driver_id, occurred_on, kind, description)
				values (:d, date '2025-06-30', 'PARKING', '駐車違反')
				""".formatted(SCHEMA)).param("d", clean).update());
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("update " + SCHEMA + ".driver set left_on = date '2020-01-01'").update());
	}

	@Test
	void withoutSuspensionsNoRevisionIsWritten() {
		flyway("6").migrate();
		driver(operatorOfV6(), "無事故 三郎", "null", "null");
		long revisionsBefore = count("audit_revision");
		flyway("latest").migrate();
		assertThat(count("driver_suspension")).isZero();
		assertThat(count("driver_suspension_aud")).isZero();
		assertThat(count("audit_revision")).isEqualTo(revisionsBefore);
	}

	private Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

	private long operatorOfV6() {
		long municipality = this.jdbc
			.sql("insert into " + SCHEMA
					+ ".municipality (code, prefecture, name) values ('209999', '長野県', '試験市') returning id")
			.query(Long.class)
			.single();
		return this.jdbc
			.sql("insert into " + SCHEMA
					+ ".operator (municipality_id, name, operator_type) values (:m, '試験法人', 'NPO') returning id")
			.param("m", municipality)
			.query(Long.class)
			.single();
	}

	private long driver(long operator, String name, String from, String to) {
		return this.jdbc.sql("""
				insert into %s.driver (operator_id, name, licence_class, licence_expires_on, appointed_on,
				  suspended_from, suspended_to)
				values (:o, :n, 'CLASS_1', date '2031-03-31', date '2026-04-01', cast(%s as date), cast(%s as date))
				returning id
				""".formatted(SCHEMA, from, to)).param("o", operator).param("n", name).query(Long.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + SCHEMA + "." + table).query(Long.class).single();
	}

}
