package jp.kyogikai.database;

import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyogikai.Kyogikai;
import jp.kyogikai.database.ProductionDatabaseGuard.MissingDatasourceUrlException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} profile needs an external database and never loads demo data.
 */
class ProductionProfileTests {

	@Test
	void prodWithoutADatasourceUrlFailsFastWithAClearMessage() {
		SpringApplication application = new SpringApplication(Kyogikai.class);
		application.setAdditionalProfiles("prod");
		application.setDefaultProperties(Map.of("server.port", "0", "spring.datasource.url", ""));
		long started = System.nanoTime();
		assertThatThrownBy(application::run).isInstanceOf(MissingDatasourceUrlException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining("prod プロファイルではデータベースの接続先が必須です");
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to fail").isLessThan(15_000);
	}

	@Test
	void theFailureReportSaysWhatToDoWithoutAStackTrace() {
		FailureAnalysis analysis = new MissingDatasourceUrlFailureAnalyzer()
			.analyze(new MissingDatasourceUrlException(ProductionDatabaseGuard.MESSAGE));
		assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL を設定して");
	}

	@Test
	void prodWithADatasourceUrlMigratesLoadsNoDemoDataAndCreatesTheFirstAdministrator() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			SpringApplication application = new SpringApplication(Kyogikai.class);
			application.setAdditionalProfiles("prod");
			application.setDefaultProperties(Map.of("server.port", "0", "spring.datasource.url",
					external.getJdbcUrl("postgres", "postgres"), "spring.datasource.username", "postgres",
					"kyogikai.initial-admin.password", "first-secret"));
			try (ConfigurableApplicationContext context = application.run()) {
				assertThat(context.containsBean("demoDataLoader")).isFalse();
				assertThat(context.containsBean("localPostgres")).isFalse();
				JdbcClient jdbc = context.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select count(*) from municipality").query(Integer.class).single()).isZero();
				assertThat(jdbc.sql("select username || ':' || role from app_user").query(String.class).list())
					.containsExactly("admin:ADMIN");
				assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
					.query(Integer.class)
					.single()).isPositive();
			}
		}
	}

}
