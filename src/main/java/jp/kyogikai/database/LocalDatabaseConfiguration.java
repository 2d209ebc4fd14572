package jp.kyogikai.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code local} profile's database: with no {@code spring.datasource.url} configured,
 * an embedded PostgreSQL whose data persists in
 * {@link LocalDatabaseProperties#dataDirectory()}. With a URL (an external server, e.g.
 * {@code docker compose up -d}) nothing here starts.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@Conditional(NoDatasourceUrlCondition.class)
class LocalDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres localPostgres(LocalDatabaseProperties properties) {
		return PersistentEmbeddedPostgres.start(properties.dataDirectory(), properties.port());
	}

	@Bean
	JdbcConnectionDetails localPostgresConnectionDetails(EmbeddedPostgres localPostgres) {
		return PersistentEmbeddedPostgres.connectionDetails(localPostgres);
	}

}
