package jp.kyogikai.database;

import jp.kyogikai.database.ProductionDatabaseGuard.MissingDatasourceUrlException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the {@code prod} guard's exception into a start-up report without a stack trace.
 */
class MissingDatasourceUrlFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatasourceUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingDatasourceUrlException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"SPRING_DATASOURCE_URL を設定して起動し直してください。組み込みの PostgreSQL で試すだけなら prod プロファイルを外してください。", cause);
	}

}
