package jp.kyogikai.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats and parses 和暦 dates as Japanese public documents write them: 令和7年7月17日, with 元年
 * for the first year of an era, 令和7年7月17日（木）, 午前10時00分, and the short form R7.7.17 used
 * in lists.
 */
public final class Wareki {

	private static final String[] WEEKDAYS = { "月", "火", "水", "木", "金", "土", "日" };

	private static final List<Era> ERAS = List.of(new Era(JapaneseEra.REIWA, "令和", "R"),
			new Era(JapaneseEra.HEISEI, "平成", "H"), new Era(JapaneseEra.SHOWA, "昭和", "S"),
			new Era(JapaneseEra.TAISHO, "大正", "T"), new Era(JapaneseEra.MEIJI, "明治", "M"));

	private static final Pattern LONG_FORM = Pattern
		.compile("(令和|平成|昭和|大正|明治)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private static final Pattern SHORT_FORM = Pattern
		.compile("([RHSTMrhstm])\\s*(\\d{1,2})\\s*[.．/]\\s*(\\d{1,2})\\s*[.．/]\\s*(\\d{1,2})");

	private Wareki() {
	}

	/**
	 * 令和7年7月17日; 令和元年5月1日 for the first year.
	 * @param date the date, or {@code null}
	 * @return the 和暦 text, or an empty string for {@code null}
	 */
	public static String format(LocalDate date) {
		if (date == null) {
			return "";
		}
		JapaneseDate japanese = japanese(date);
		return eraYear(japanese) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/**
	 * 令和7年7月17日（木）, as in a 次第 or a convocation notice.
	 * @param date the date, or {@code null}
	 * @return the text, empty for {@code null}
	 */
	public static String formatWithWeekday(LocalDate date) {
		if (date == null) {
			return "";
		}
		return format(date) + "（" + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + "）";
	}

	/**
	 * R7.7.17, the compact form of lists and rosters (任期R6.8.10～R7.8.9).
	 * @param date the date, or {@code null}
	 * @return the text, empty for {@code null}
	 */
	public static String formatShort(LocalDate date) {
		if (date == null) {
			return "";
		}
		JapaneseDate japanese = japanese(date);
		return era(japanese.getEra()).letter() + japanese.get(ChronoField.YEAR_OF_ERA) + "." + date.getMonthValue()
				+ "." + date.getDayOfMonth();
	}

	/**
	 * 午前10時00分 / 午後1時30分, the way notices write a time.
	 * @param time the time, or {@code null}
	 * @return the text, empty for {@code null}
	 */
	public static String formatTime(LocalTime time) {
		if (time == null) {
			return "";
		}
		int hour = time.getHour();
		String half = (hour < 12) ? "午前" : "午後";
		int twelve = hour % 12;
		return half + twelve + "時" + String.format(Locale.ROOT, "%02d", time.getMinute()) + "分";
	}

	/**
	 * 令和7年7月17日 10:05, for timestamps in histories.
	 * @param dateTime the date and time, or {@code null}
	 * @return the text, empty for {@code null}
	 */
	public static String formatDateTime(LocalDateTime dateTime) {
		if (dateTime == null) {
			return "";
		}
		return format(dateTime.toLocalDate()) + " "
				+ String.format(Locale.ROOT, "%d:%02d", dateTime.getHour(), dateTime.getMinute());
	}

	/**
	 * 令和7年 (or 令和元年), the era and year alone.
	 * @param date the date, or {@code null}
	 * @return the text, empty for {@code null}
	 */
	public static String formatYear(LocalDate date) {
		if (date == null) {
			return "";
		}
		return eraYear(japanese(date)) + "年";
	}

	/**
	 * Reads 令和7年7月17日, 令和元年5月1日 or R7.7.17 (also H31.4.30).
	 * @param text the 和暦 text
	 * @return the date
	 * @throws DateTimeException when the text is not a 和暦 date or names a day outside its
	 * era (平成32年 does not exist)
	 */
	public static LocalDate parse(String text) {
		if (text == null) {
			throw new DateTimeException("和暦の日付がありません");
		}
		String normalised = toHalfWidthDigits(text.strip());
		Matcher longForm = LONG_FORM.matcher(normalised);
		if (longForm.matches()) {
			Era era = ERAS.stream().filter((e) -> e.name().equals(longForm.group(1))).findFirst().orElseThrow();
			int year = "元".equals(longForm.group(2)) ? 1 : Integer.parseInt(longForm.group(2));
			return of(era, year, Integer.parseInt(longForm.group(3)), Integer.parseInt(longForm.group(4)), text);
		}
		Matcher shortForm = SHORT_FORM.matcher(normalised);
		if (shortForm.matches()) {
			String letter = shortForm.group(1).toUpperCase(Locale.ROOT);
			Era era = ERAS.stream().filter((e) -> e.letter().equals(letter)).findFirst().orElseThrow();
			return of(era, Integer.parseInt(shortForm.group(2)), Integer.parseInt(shortForm.group(3)),
					Integer.parseInt(shortForm.group(4)), text);
		}
		throw new DateTimeException("和暦の日付として読めません: " + text);
	}

	private static LocalDate of(Era era, int yearOfEra, int month, int day, String text) {
		try {
			JapaneseDate date = JapaneseDate.of(era.era(), yearOfEra, month, day);
			return LocalDate.from(date);
		}
		catch (DateTimeException ex) {
			throw new DateTimeException("存在しない日付です: " + text, ex);
		}
	}

	private static JapaneseDate japanese(LocalDate date) {
		if (date.isBefore(LocalDate.of(1873, 1, 1))) {
			throw new DateTimeException("明治6年より前の日付は和暦で表示できません: " + date);
		}
		return JapaneseDate.from(date);
	}

	private static String eraYear(JapaneseDate japanese) {
		int year = japanese.get(ChronoField.YEAR_OF_ERA);
		return era(japanese.getEra()).name() + ((year == 1) ? "元" : Integer.toString(year));
	}

	private static Era era(JapaneseEra era) {
		return ERAS.stream()
			.filter((e) -> e.era().equals(era))
			.findFirst()
			.orElseThrow(() -> new DateTimeException("未対応の元号です: " + era));
	}

	private static String toHalfWidthDigits(String text) {
		StringBuilder builder = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			builder.append((c >= '０' && c <= '９') ? (char) (c - '０' + '0') : c);
		}
		return builder.toString();
	}

	private record Era(JapaneseEra era, String name, String letter) {
	}

}
