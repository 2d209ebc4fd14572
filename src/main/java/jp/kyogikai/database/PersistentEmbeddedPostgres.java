package jp.kyogikai.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Starts PostgreSQL from the binaries on the class path on a data directory that outlives
 * the application. Unlike a throw-away test database it runs with {@code fsync} and
 * {@code synchronous_commit} on, and it copes with a server left running by an
 * application that was killed ({@code kill -9}).
 */
public final class PersistentEmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(PersistentEmbeddedPostgres.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

	private PersistentEmbeddedPostgres() {
	}

	/**
	 * Starts the server on the given data directory, creating the cluster on first use.
	 * @param dataDirectory the cluster's directory
	 * @param port the port, 0 for any free one
	 * @return the running server; close it to stop the server cleanly
	 */
	public static EmbeddedPostgres start(Path dataDirectory, int port) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
			stopOrphanedServer(directory);
			log.info("組み込み PostgreSQL をデータディレクトリ {} で起動します", directory);
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPort(port)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("timezone", "Asia/Tokyo")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("組み込み PostgreSQL を起動できませんでした (" + directory + ")", ex);
		}
	}

	/**
	 * How Spring Boot connects to an embedded server (database and user
	 * {@code postgres}).
	 * @param server the running server
	 * @return the connection details for the pooled data source
	 */
	public static JdbcConnectionDetails connectionDetails(EmbeddedPostgres server) {
		String url = server.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return null;
			}

		};
	}

	/**
	 * A server whose JVM was killed keeps running and holds the data directory. Stop it
	 * so that this start owns the directory; PostgreSQL's own crash recovery covers the
	 * rest.
	 */
	static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(PersistentEmbeddedPostgres::isPostgres);
		if (orphan.isEmpty()) {
			log.info("古い postmaster.pid を検出しました（プロセスは終了済み）。PostgreSQL が自動で回復します");
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("前回のアプリの PostgreSQL (pid {}) が残っています。停止してから起動し直します", process.pid());
		process.destroy();
		try {
			process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("PostgreSQL (pid {}) が {} 秒以内に停止しないため強制終了します", process.pid(), ORPHAN_STOP_WAIT.toSeconds());
			process.destroyForcibly();
			process.onExit().join();
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
		try {
			return Optional.of(Long.parseLong(firstLine));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.contains("postgres")).orElse(true);
	}

}
