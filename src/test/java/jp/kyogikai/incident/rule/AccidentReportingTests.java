package jp.kyogikai.incident.rule;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("事故報告の期限 (AccidentReporting)")
class AccidentReportingTests {

	@ParameterizedTest(name = "{0}の事故 → {1}までに報告")
	@CsvSource(textBlock = """
			2026-04-01, 2026-05-01
			2026-01-31, 2026-03-02
			2028-02-01, 2028-03-02
			2026-12-15, 2027-01-14
			""")
	@DisplayName("重大事故の報告は事故の日の翌日から数えて30日以内 (初日不算入)")
	void theReportIsDueThirtyDaysAfterTheAccident(LocalDate occurredOn, LocalDate due) {
		assertThat(AccidentReporting.dueOn(occurredOn)).isEqualTo(due);
	}

	@ParameterizedTest(name = "重大事故={0}、{1}に発生、報告日={2}、今日={3} → {4}")
	@CsvSource(textBlock = """
			false, 2026-04-01,           , 2026-12-01, NOT_REQUIRED
			false, 2026-04-01, 2026-04-02, 2026-12-01, NOT_REQUIRED
			true,  2026-04-01, 2026-04-10, 2026-12-01, REPORTED
			true,  2026-04-01, 2026-05-01, 2026-12-01, REPORTED
			true,  2026-04-01, 2026-05-02, 2026-12-01, REPORTED_LATE
			true,  2026-04-01,           , 2026-04-01, DUE
			true,  2026-04-01,           , 2026-05-01, DUE
			true,  2026-04-01,           , 2026-05-02, OVERDUE
			""")
	@DisplayName("報告の要否と、期限内・期限後・未報告の別")
	void statusOfTheReport(boolean serious, LocalDate occurredOn, LocalDate reportedOn, LocalDate today,
			ReportStatus status) {
		assertThat(AccidentReporting.status(serious, occurredOn, reportedOn, today)).isEqualTo(status);
	}

	@Test
	@DisplayName("事故の日と今日は必須")
	void requiresTheDates() {
		assertThatNullPointerException().isThrownBy(() -> AccidentReporting.dueOn(null)).withMessage("occurredOn");
		assertThatNullPointerException()
			.isThrownBy(() -> AccidentReporting.status(true, LocalDate.of(2026, 4, 1), null, null))
			.withMessage("today");
	}

}
