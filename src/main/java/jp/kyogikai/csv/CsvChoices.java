package jp.kyogikai.csv;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * Enum values in a CSV file: written as the Japanese label the pages show (message
 * {@code enum.<Type>.<NAME>}), read back from the label or the constant's name.
 */
public final class CsvChoices {

	private CsvChoices() {
	}

	/**
	 * The label of a value.
	 * @param messages the message source
	 * @param value the value, or {@code null}
	 * @return its Japanese label, empty for {@code null}
	 */
	public static String label(MessageSource messages, Enum<?> value) {
		if (value == null) {
			return "";
		}
		return messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
				value.name(), Locale.JAPAN);
	}

	/**
	 * The labels of every value, for writing rows.
	 * @param messages the message source
	 * @return the label of a value, empty for {@code null}
	 */
	public static Function<Enum<?>, String> labels(MessageSource messages) {
		return (value) -> label(messages, value);
	}

	/**
	 * The texts a cell may hold for each value of an enum: every label first (in
	 * declaration order), then the constants' names, for {@link CsvRow#choice}.
	 * @param <E> the enum
	 * @param messages the message source
	 * @param type the enum's class
	 * @return the accepted texts and their values
	 */
	public static <E extends Enum<E>> Map<String, E> of(MessageSource messages, Class<E> type) {
		Map<String, E> choices = new LinkedHashMap<>();
		for (E value : type.getEnumConstants()) {
			choices.putIfAbsent(label(messages, value), value);
		}
		for (E value : type.getEnumConstants()) {
			choices.putIfAbsent(value.name(), value);
		}
		return choices;
	}

}
