package jp.kyogikai.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that the {@code local} profile starts when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live; kept across restarts (git-ignored)
 * @param port the TCP port on localhost, 0 for any free port
 */
@ConfigurationProperties("kyogikai.local-database")
public record LocalDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port) {

}
