package jp.kyogikai.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per user name, whether or not the name exists, so that the lock
 * after {@link LoginProperties#maxFailures()} failures tells nobody which names are real.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginProperties properties;

	LoginAttempts(JdbcClient jdbc, Clock clock, LoginProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		return this.jdbc.sql("select count(*) from login_attempt where username = :username and locked_until > :now")
			.param("username", username)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Records a failure.
	 * @param username the (normalised) user name tried
	 * @return whether this failure locked the name
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean recordFailure(String username) {
		Instant now = this.clock.instant();
		int failures = this.jdbc.sql("""
				insert into login_attempt (username, failure_count, last_failure_at) values (:username, 1, :now)
				on conflict (username) do update set
				  failure_count = case when login_attempt.locked_until <= :now then 1
				                       else login_attempt.failure_count + 1 end,
				  locked_until = case when login_attempt.locked_until <= :now then null
				                      else login_attempt.locked_until end,
				  last_failure_at = :now
				returning failure_count
				""").param("username", username).param("now", Timestamp.from(now)).query(Integer.class).single();
		if (failures < this.properties.maxFailures()) {
			return false;
		}
		this.jdbc.sql("update login_attempt set locked_until = :until where username = :username")
			.param("until", Timestamp.from(now.plus(this.properties.lockDuration())))
			.param("username", username)
			.update();
		return true;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String username) {
		this.jdbc.sql("delete from login_attempt where username = :username").param("username", username).update();
	}

}
