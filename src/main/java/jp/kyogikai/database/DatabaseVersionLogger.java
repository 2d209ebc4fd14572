package jp.kyogikai.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which PostgreSQL the application (or a test) runs on.
 */
@Component
class DatabaseVersionLogger implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatabaseVersionLogger.class);

	private final JdbcClient jdbc;

	DatabaseVersionLogger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		String version = this.jdbc.sql("select version()").query(String.class).single();
		String fsync = this.jdbc.sql("show fsync").query(String.class).single();
		String synchronousCommit = this.jdbc.sql("show synchronous_commit").query(String.class).single();
		log.info("データベース: {} (fsync={}, synchronous_commit={})", version, fsync, synchronousCommit);
	}

}
