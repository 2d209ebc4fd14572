package jp.kyogikai.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyogikai.database.PersistentEmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that chooses the tests' PostgreSQL: a {@code postgres:18} container where
 * Docker runs, otherwise an embedded PostgreSQL 18 shared by every test context of the
 * JVM. Never H2, and no test is skipped for want of Docker.
 * {@code -Dkyogikai.test.database=embedded} (or {@code docker}) overrides the detection.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TestDatabaseConfiguration.class);

	static final String POSTGRES_IMAGE = "postgres:18";

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		log.info("テスト用データベース: Testcontainers ({})", POSTGRES_IMAGE);
		return new PostgreSQLContainer(POSTGRES_IMAGE);
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		return SharedEmbeddedPostgres.connectionDetails();
	}

	static boolean useDocker() {
		return Docker.AVAILABLE;
	}

	private static final class Docker {

		static final boolean AVAILABLE = detect();

		private static boolean detect() {
			String forced = System.getProperty("kyogikai.test.database", "");
			if (!forced.isEmpty()) {
				return "docker".equals(forced);
			}
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (Throwable ex) {
				return false;
			}
		}

	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return useDocker();
		}

	}

	static class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !useDocker();
		}

	}

	/**
	 * One embedded PostgreSQL for the whole test JVM, on a fresh temporary data
	 * directory.
	 */
	static final class SharedEmbeddedPostgres {

		private static EmbeddedPostgres server;

		private SharedEmbeddedPostgres() {
		}

		static synchronized JdbcConnectionDetails connectionDetails() {
			if (server == null) {
				try {
					server = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Tokyo").start();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("テスト用の組み込み PostgreSQL を起動できません", ex);
				}
				log.info("テスト用データベース: 組み込み PostgreSQL（Docker なし） port {}", server.getPort());
			}
			return PersistentEmbeddedPostgres.connectionDetails(server);
		}

	}

}
