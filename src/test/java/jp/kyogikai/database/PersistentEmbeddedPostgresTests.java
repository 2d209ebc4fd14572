package jp.kyogikai.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local profile's database keeps committed data across a restart and after the
 * application was killed with {@code kill -9}.
 */
class PersistentEmbeddedPostgresTests {

	@TempDir
	Path dataDirectory;

	@Test
	void committedDataSurvivesARestartAndDurabilityIsOn() throws Exception {
		try (EmbeddedPostgres first = PersistentEmbeddedPostgres.start(this.dataDirectory, 0)) {
			execute(first, "create table note (text varchar(100))");
			execute(first, "insert into note values ('再起動の前')");
			assertThat(query(first, "show fsync")).isEqualTo("on");
			assertThat(query(first, "show synchronous_commit")).isEqualTo("on");
		}
		try (EmbeddedPostgres second = PersistentEmbeddedPostgres.start(this.dataDirectory, 0)) {
			assertThat(query(second, "select text from note")).isEqualTo("再起動の前");
		}
	}

	@Test
	void aServerLeftRunningByAKilledApplicationIsTakenOverWithItsData() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process application = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				KilledApplication.class.getName(), this.dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = output.readLine();
			}
			while (line != null && !line.startsWith(KilledApplication.READY));
			assertThat(line).as("the child application started its database").isNotNull();
			long orphanPid = Long.parseLong(line.substring(KilledApplication.READY.length()).trim());
			application.destroyForcibly();
			assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("postgres outlives a kill -9")
				.contains(true);
			assertThat(this.dataDirectory.resolve("postmaster.pid")).exists();

			try (EmbeddedPostgres restarted = PersistentEmbeddedPostgres.start(this.dataDirectory, 0)) {
				assertThat(query(restarted, "select text from note")).isEqualTo("kill -9 の前");
				assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			}
		}
		finally {
			application.destroyForcibly();
		}
	}

	@Test
	void aStalePidFileOfAServerThatIsGoneIsLeftToPostgres() throws Exception {
		try (EmbeddedPostgres first = PersistentEmbeddedPostgres.start(this.dataDirectory, 0)) {
			execute(first, "create table note (text varchar(100))");
			execute(first, "insert into note values ('古いpid')");
		}
		Files.writeString(this.dataDirectory.resolve("postmaster.pid"), "999999999\n");
		try (EmbeddedPostgres second = PersistentEmbeddedPostgres.start(this.dataDirectory, 0)) {
			assertThat(query(second, "select text from note")).isEqualTo("古いpid");
		}
	}

	static void execute(EmbeddedPostgres postgres, String sql) throws Exception {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static String query(EmbeddedPostgres postgres, String sql) throws Exception {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	/**
	 * Stands for the application: starts the database, commits a row, says so, and waits
	 * to be killed.
	 */
	static final class KilledApplication {

		static final String READY = "READY ";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres postgres = PersistentEmbeddedPostgres.start(Path.of(args[0]), 0);
			execute(postgres, "create table note (text varchar(100))");
			execute(postgres, "insert into note values ('kill -9 の前')");
			String pid = Files.readAllLines(Path.of(args[0], "postmaster.pid")).get(0).trim();
			System.out.println(READY + pid);
			System.out.flush();
			Thread.sleep(TimeUnit.MINUTES.toMillis(5));
		}

	}

}
