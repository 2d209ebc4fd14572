package jp.kyogikai.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DisplayName("和暦 (Wareki)")
class WarekiTests {

	@Nested
	@DisplayName("format: 令和7年7月17日")
	class Format {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(textBlock = """
				2025-07-17, 令和7年7月17日
				2024-08-10, 令和6年8月10日
				2025-12-31, 令和7年12月31日
				2020-01-01, 令和2年1月1日
				2020-02-29, 令和2年2月29日
				2019-05-01, 令和元年5月1日
				2019-12-31, 令和元年12月31日
				2019-04-30, 平成31年4月30日
				2019-01-01, 平成31年1月1日
				1989-01-08, 平成元年1月8日
				1989-12-31, 平成元年12月31日
				1990-01-01, 平成2年1月1日
				1989-01-07, 昭和64年1月7日
				1926-12-25, 昭和元年12月25日
				1926-12-24, 大正15年12月24日
				1912-07-30, 大正元年7月30日
				1912-07-29, 明治45年7月29日
				1873-01-01, 明治6年1月1日
				""")
		@DisplayName("西暦の日付を元号・年・月・日で書き、初年は元年とする")
		void writesEraYearMonthDayWithGannenForTheFirstYear(LocalDate date, String expected) {
			assertThat(Wareki.format(date)).isEqualTo(expected);
		}

		@Test
		@DisplayName("令和改元の前日と当日で元号が変わる")
		void switchesEraOnTheDayOfTheChange() {
			assertThat(Wareki.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
			assertThat(Wareki.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
			assertThat(Wareki.format(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
			assertThat(Wareki.format(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
		}

		@Test
		@DisplayName("明治6年より前の日付は例外")
		void rejectsDatesBeforeMeiji6() {
			assertThatExceptionOfType(DateTimeException.class)
				.isThrownBy(() -> Wareki.format(LocalDate.of(1872, 12, 31)));
		}

	}

	@Nested
	@DisplayName("formatWithWeekday: 令和7年7月17日（木）")
	class FormatWithWeekday {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(textBlock = """
				2025-07-14, 令和7年7月14日（月）
				2025-07-15, 令和7年7月15日（火）
				2025-07-16, 令和7年7月16日（水）
				2025-07-17, 令和7年7月17日（木）
				2025-07-18, 令和7年7月18日（金）
				2025-07-19, 令和7年7月19日（土）
				2025-07-20, 令和7年7月20日（日）
				2019-05-01, 令和元年5月1日（水）
				2019-04-30, 平成31年4月30日（火）
				""")
		@DisplayName("曜日を全角括弧で添える")
		void appendsTheWeekdayInFullWidthParentheses(LocalDate date, String expected) {
			assertThat(Wareki.formatWithWeekday(date)).isEqualTo(expected);
		}

	}

	@Nested
	@DisplayName("formatShort: R7.7.17")
	class FormatShort {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(textBlock = """
				2025-07-17, R7.7.17
				2024-08-10, R6.8.10
				2025-08-09, R7.8.9
				2019-05-01, R1.5.1
				2019-04-30, H31.4.30
				1989-01-08, H1.1.8
				1989-01-07, S64.1.7
				1926-12-25, S1.12.25
				1926-12-24, T15.12.24
				1912-07-30, T1.7.30
				1912-07-29, M45.7.29
				""")
		@DisplayName("元号の頭文字と数字の年で書き、元年も1と書く")
		void writesTheEraLetterAndANumericYear(LocalDate date, String expected) {
			assertThat(Wareki.formatShort(date)).isEqualTo(expected);
		}

	}

	@Nested
	@DisplayName("formatTime: 午前10時00分")
	class FormatTime {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(textBlock = """
				10:00, 午前10時00分
				13:30, 午後1時30分
				00:00, 午前0時00分
				00:05, 午前0時05分
				09:05, 午前9時05分
				11:59, 午前11時59分
				12:00, 午後0時00分
				12:30, 午後0時30分
				23:59, 午後11時59分
				10:00:59, 午前10時00分
				""")
		@DisplayName("午前・午後の12時間制で、分は2桁、秒は書かない")
		void writesTwelveHourClockWithTwoDigitMinutes(LocalTime time, String expected) {
			assertThat(Wareki.formatTime(time)).isEqualTo(expected);
		}

	}

	@Nested
	@DisplayName("formatDateTime: 令和7年7月17日 10:05")
	class FormatDateTime {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(textBlock = """
				2025-07-17T10:05, 令和7年7月17日 10:05
				2025-07-17T09:05, 令和7年7月17日 9:05
				2025-07-17T23:59:59, 令和7年7月17日 23:59
				2019-05-01T00:00, 令和元年5月1日 0:00
				2019-04-30T23:59, 平成31年4月30日 23:59
				""")
		@DisplayName("和暦の日付に24時間制の時刻を添える")
		void writesTheDateAndA24HourTime(LocalDateTime dateTime, String expected) {
			assertThat(Wareki.formatDateTime(dateTime)).isEqualTo(expected);
		}

	}

	@Nested
	@DisplayName("formatYear: 令和7年")
	class FormatYear {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(textBlock = """
				2025-07-17, 令和7年
				2019-05-01, 令和元年
				2019-04-30, 平成31年
				1989-01-08, 平成元年
				""")
		@DisplayName("元号と年だけを書く")
		void writesTheEraAndYearOnly(LocalDate date, String expected) {
			assertThat(Wareki.formatYear(date)).isEqualTo(expected);
		}

	}

	@Test
	@DisplayName("null はどの書式でも空文字列")
	void formatsNullAsEmptyText() {
		assertThat(Wareki.format(null)).isEmpty();
		assertThat(Wareki.formatWithWeekday(null)).isEmpty();
		assertThat(Wareki.formatShort(null)).isEmpty();
		assertThat(Wareki.formatTime(null)).isEmpty();
		assertThat(Wareki.formatDateTime(null)).isEmpty();
		assertThat(Wareki.formatYear(null)).isEmpty();
	}

	@Nested
	@DisplayName("parse")
	class Parse {

		@ParameterizedTest(name = "「{0}」 → {1}")
		@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
				令和7年7月17日|2025-07-17
				令和元年5月1日|2019-05-01
				令和1年5月1日|2019-05-01
				平成元年1月8日|1989-01-08
				平成31年4月30日|2019-04-30
				昭和64年1月7日|1989-01-07
				大正元年7月30日|1912-07-30
				明治6年1月1日|1873-01-01
				令和2年2月29日|2020-02-29
				令和７年７月１７日|2025-07-17
				令和元年５月１日|2019-05-01
				令和 7 年 7 月 17 日|2025-07-17
				  令和7年7月17日  |2025-07-17
				R7.7.17|2025-07-17
				r7.7.17|2025-07-17
				H31.4.30|2019-04-30
				h31.4.30|2019-04-30
				R1.5.1|2019-05-01
				S64.1.7|1989-01-07
				R07.07.17|2025-07-17
				R7/7/17|2025-07-17
				R7．7．17|2025-07-17
				R７.７.１７|2025-07-17
				""")
		@DisplayName("長い形 (元年・全角数字を含む) と短い形 (小文字を含む) を読む")
		void readsTheLongAndTheShortForm(String text, LocalDate expected) {
			assertThat(Wareki.parse(text)).isEqualTo(expected);
		}

		@ParameterizedTest(name = "「{0}」は存在しない")
		@ValueSource(strings = { "平成32年1月1日", "平成31年5月1日", "令和元年4月30日", "昭和64年1月8日", "令和0年1月1日", "令和7年2月30日",
				"令和3年2月29日", "令和7年13月1日", "令和7年4月31日", "明治5年12月31日", "H32.1.1", "R7.2.30", "R0.1.1" })
		@DisplayName("元号の範囲外や暦にない日付は DateTimeException")
		void rejectsDaysThatDoNotExist(String text) {
			assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> Wareki.parse(text));
		}

		@Test
		@DisplayName("平成32年は存在しない日付として報告する")
		void reportsHeisei32AsANonExistentDay() {
			assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> Wareki.parse("平成32年1月1日"))
				.withMessageContaining("存在しない日付")
				.withMessageContaining("平成32年1月1日");
		}

		@ParameterizedTest(name = "「{0}」")
		@ValueSource(strings = { "", "   ", "garbage", "2025-07-17", "令和7年7月17", "令和7年7月", "令和年7月17日", "令和123年1月1日",
				"西暦2025年7月17日", "X7.7.17", "R7.7", "R7-7-17", "R.7.17" })
		@DisplayName("和暦として読めない文字列は DateTimeException")
		void rejectsTextThatIsNotAWarekiDate(String text) {
			assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> Wareki.parse(text))
				.withMessageContaining("読めません");
		}

		@Test
		@DisplayName("null は DateTimeException")
		void rejectsNull() {
			assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> Wareki.parse(null));
		}

	}

	@Nested
	@DisplayName("書いて読むと元に戻る")
	class RoundTrip {

		static Stream<LocalDate> dates() {
			return Stream.of(LocalDate.of(1873, 1, 1), LocalDate.of(1900, 2, 28), LocalDate.of(1912, 7, 29),
					LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24), LocalDate.of(1926, 12, 25),
					LocalDate.of(1945, 8, 15), LocalDate.of(1964, 2, 29), LocalDate.of(1988, 12, 31),
					LocalDate.of(1989, 1, 7), LocalDate.of(1989, 1, 8), LocalDate.of(1999, 12, 31),
					LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 29), LocalDate.of(2012, 10, 10),
					LocalDate.of(2019, 3, 31), LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30),
					LocalDate.of(2019, 5, 1), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1),
					LocalDate.of(2020, 2, 29), LocalDate.of(2024, 8, 10), LocalDate.of(2025, 3, 31),
					LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 17), LocalDate.of(2025, 8, 9),
					LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2099, 12, 31));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("dates")
		@DisplayName("format → parse")
		void parsesWhatFormatWrites(LocalDate date) {
			assertThat(Wareki.parse(Wareki.format(date))).isEqualTo(date);
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("dates")
		@DisplayName("formatShort → parse")
		void parsesWhatFormatShortWrites(LocalDate date) {
			assertThat(Wareki.parse(Wareki.formatShort(date))).isEqualTo(date);
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("dates")
		@DisplayName("formatWithWeekday から曜日（X）を除けば parse できる")
		void parsesWhatFormatWithWeekdayWritesOnceTheWeekdayIsRemoved(LocalDate date) {
			String text = Wareki.formatWithWeekday(date);
			assertThat(text).matches(".+（[月火水木金土日]）");
			assertThat(Wareki.parse(text.substring(0, text.length() - 3))).isEqualTo(date);
		}

		@Test
		@DisplayName("明治6年1月1日から2100年末まで毎日、長い形と短い形の両方で元に戻る")
		void roundTripsEveryDayFromMeiji6To2100() {
			List<String> failures = new ArrayList<>();
			for (LocalDate date = LocalDate.of(1873, 1, 1); !date.isAfter(LocalDate.of(2100, 12, 31)); date = date
				.plusDays(1)) {
				String longForm = Wareki.format(date);
				String shortForm = Wareki.formatShort(date);
				if (!date.equals(Wareki.parse(longForm)) || !date.equals(Wareki.parse(shortForm))) {
					failures.add(date + " " + longForm + " " + shortForm);
				}
			}
			assertThat(failures).isEmpty();
		}

	}

}
