package jp.kyogikai.application;

import java.time.LocalDate;

import jp.kyogikai.application.rule.ReceiptNumber;
import jp.kyogikai.calendar.FiscalYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out 受付番号 per municipality and fiscal year from {@code application_number}: one
 * upsert that locks the year's row, so two receipts at the same moment never get the same
 * number, and a rolled-back receipt gives its number back.
 */
@Component
class ReceiptNumbers {

	private final JdbcClient jdbc;

	ReceiptNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	ReceiptNumber next(long municipalityId, LocalDate receivedOn) {
		FiscalYear year = FiscalYear.of(receivedOn);
		int number = this.jdbc
			.sql("""
					insert into application_number (municipality_id, fiscal_year, last_number) values (:m, :y, 1)
					on conflict (municipality_id, fiscal_year) do update set last_number = application_number.last_number + 1
					returning last_number
					""")
			.param("m", municipalityId)
			.param("y", year.startYear())
			.query(Integer.class)
			.single();
		return new ReceiptNumber(year, number);
	}

}
