package jp.kyogikai.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("年度 (FiscalYear)")
class FiscalYearTests {

	@ParameterizedTest(name = "{0} は {1}年4月に始まる年度")
	@CsvSource(textBlock = """
			2025-03-31, 2024
			2025-04-01, 2025
			2025-07-17, 2025
			2025-12-31, 2025
			2026-01-01, 2025
			2026-03-31, 2025
			2026-04-01, 2026
			2019-03-31, 2018
			2019-04-01, 2019
			2019-04-30, 2019
			2019-05-01, 2019
			2024-02-29, 2023
			2020-02-29, 2019
			""")
	@DisplayName("3月31日までは前の年度、4月1日から次の年度")
	void belongsToTheYearWhoseAprilFirstPrecedesIt(LocalDate date, int startYear) {
		assertThat(FiscalYear.of(date)).isEqualTo(new FiscalYear(startYear));
	}

	@Test
	@DisplayName("3月31日と翌日の4月1日は別の年度")
	void splitsBetweenMarch31AndApril1() {
		FiscalYear march = FiscalYear.of(LocalDate.of(2026, 3, 31));
		FiscalYear april = FiscalYear.of(LocalDate.of(2026, 4, 1));
		assertThat(march.label()).isEqualTo("令和7年度");
		assertThat(april.label()).isEqualTo("令和8年度");
		assertThat(march.next()).isEqualTo(april);
	}

	@ParameterizedTest(name = "{0}年4月に始まる年度 → {1}")
	@CsvSource(textBlock = """
			2025, 令和7年度
			2026, 令和8年度
			2020, 令和2年度
			2019, 平成31年度
			2018, 平成30年度
			1989, 平成元年度
			1988, 昭和63年度
			""")
	@DisplayName("年度の名前は初日 (4月1日) の元号で付ける")
	void isNamedByTheEraOfItsFirstDay(int startYear, String label) {
		FiscalYear year = new FiscalYear(startYear);
		assertThat(year.label()).isEqualTo(label);
		assertThat(year).hasToString(label);
	}

	@ParameterizedTest(name = "{0}年度: {1} ～ {2}")
	@CsvSource(textBlock = """
			2025, 2025-04-01, 2026-03-31
			2019, 2019-04-01, 2020-03-31
			2023, 2023-04-01, 2024-03-31
			""")
	@DisplayName("初日は4月1日、末日は翌年の3月31日")
	void runsFromApril1ToMarch31OfTheNextYear(int startYear, LocalDate firstDay, LocalDate lastDay) {
		FiscalYear year = new FiscalYear(startYear);
		assertThat(year.firstDay()).isEqualTo(firstDay);
		assertThat(year.lastDay()).isEqualTo(lastDay);
	}

	@ParameterizedTest(name = "令和7年度は {0} を含む: {1}")
	@CsvSource(textBlock = """
			2025-03-31, false
			2025-04-01, true
			2025-07-17, true
			2026-02-28, true
			2026-03-31, true
			2026-04-01, false
			2024-07-17, false
			2026-07-17, false
			""")
	@DisplayName("contains は初日と末日を含む")
	void containsItsFirstAndLastDayButNothingOutside(LocalDate date, boolean contained) {
		assertThat(new FiscalYear(2025).contains(date)).isEqualTo(contained);
	}

	@ParameterizedTest(name = "{0}年度は {1} 日")
	@CsvSource(textBlock = """
			2023, 366
			2019, 366
			2024, 365
			2025, 365
			1999, 366
			2099, 365
			""")
	@DisplayName("閏年の2月29日を含む年度は366日")
	void hasThreeHundredSixtySixDaysWhenItsFebruaryHasTwentyNine(int startYear, long days) {
		FiscalYear year = new FiscalYear(startYear);
		assertThat(ChronoUnit.DAYS.between(year.firstDay(), year.lastDay()) + 1).isEqualTo(days);
	}

	@Test
	@DisplayName("閏年の2月29日は前年4月に始まる年度に含まれる")
	void containsLeapDayInItsFebruary() {
		LocalDate leapDay = LocalDate.of(2024, 2, 29);
		assertThat(new FiscalYear(2023).contains(leapDay)).isTrue();
		assertThat(new FiscalYear(2024).contains(leapDay)).isFalse();
		assertThat(FiscalYear.of(leapDay).label()).isEqualTo("令和5年度");
	}

	@Test
	@DisplayName("2000年から2030年の毎日について、of で求めた年度だけがその日を含む")
	void ofAndContainsAgreeOnEveryDay() {
		List<String> failures = new ArrayList<>();
		for (LocalDate date = LocalDate.of(2000, 1, 1); !date.isAfter(LocalDate.of(2030, 12, 31)); date = date
			.plusDays(1)) {
			FiscalYear year = FiscalYear.of(date);
			if (!year.contains(date) || new FiscalYear(year.startYear() - 1).contains(date)
					|| year.next().contains(date)) {
				failures.add(date.toString());
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("next は翌年度、その初日は前年度末日の翌日")
	void nextStartsTheDayAfterTheLastDay() {
		FiscalYear year = new FiscalYear(2025);
		assertThat(year.next()).isEqualTo(new FiscalYear(2026));
		assertThat(year.next().firstDay()).isEqualTo(year.lastDay().plusDays(1));
	}

	@Test
	@DisplayName("年度は開始年の順に並ぶ")
	void ordersByStartYear() {
		List<FiscalYear> years = new ArrayList<>(
				List.of(new FiscalYear(2025), new FiscalYear(2019), new FiscalYear(2026), new FiscalYear(2018)));
		years.sort(null);
		assertThat(years).extracting(FiscalYear::label).containsExactly("平成30年度", "平成31年度", "令和7年度", "令和8年度");
		assertThat(new FiscalYear(2025)).isEqualByComparingTo(new FiscalYear(2025));
		assertThat(new FiscalYear(2025)).isLessThan(new FiscalYear(2026));
	}

}
