package jp.kyogikai.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.Wareki;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * The objects behind {@code #wareki} and {@code #labels}.
 */
final class TemplateHelpers {

	private final MessageSource messageSource;

	private final WarekiHelper wareki = new WarekiHelper();

	TemplateHelpers(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	WarekiHelper wareki() {
		return this.wareki;
	}

	LabelHelper labels(Locale locale) {
		return new LabelHelper(this.messageSource, locale);
	}

	/**
	 * {@code #wareki}: 和暦 in templates.
	 */
	public static final class WarekiHelper {

		public String date(LocalDate date) {
			return Wareki.format(date);
		}

		public String dateWithWeekday(LocalDate date) {
			return Wareki.formatWithWeekday(date);
		}

		public String shortDate(LocalDate date) {
			return Wareki.formatShort(date);
		}

		public String time(LocalTime time) {
			return Wareki.formatTime(time);
		}

		public String dateTime(LocalDateTime dateTime) {
			return Wareki.formatDateTime(dateTime);
		}

		public String dateTime(Instant instant) {
			return (instant != null) ? Wareki.formatDateTime(LocalDateTime.ofInstant(instant, Kyogikai.ZONE)) : "";
		}

	}

	/**
	 * {@code #labels}: {@code #labels.of(value)} is the Japanese name of an enum value
	 * (message {@code enum.<Type>.<NAME>}); a {@link MessageSourceResolvable} (a message
	 * code with its arguments, as reports carry them) is resolved through the messages;
	 * other values print as they are, dates in 和暦, yes/no as はい/いいえ.
	 */
	public static final class LabelHelper {

		private final MessageSource messageSource;

		private final Locale locale;

		LabelHelper(MessageSource messageSource, Locale locale) {
			this.messageSource = messageSource;
			this.locale = locale;
		}

		public String of(Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof MessageSourceResolvable message) {
				return this.messageSource.getMessage(message, this.locale);
			}
			if (value instanceof Enum<?> constant) {
				String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
				return this.messageSource.getMessage(key, null, constant.name(), this.locale);
			}
			if (value instanceof Boolean flag) {
				return this.messageSource.getMessage(flag ? "label.yes" : "label.no", null, this.locale);
			}
			if (value instanceof LocalDate date) {
				return Wareki.format(date);
			}
			if (value instanceof Collection<?> values) {
				return values.stream().map(this::of).collect(Collectors.joining("、"));
			}
			return value.toString();
		}

		public String yen(Number amount) {
			return (amount != null) ? String.format(Locale.JAPAN, "%,d円", amount.longValue()) : "";
		}

	}

}
