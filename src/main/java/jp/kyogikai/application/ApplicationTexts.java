package jp.kyogikai.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.kyogikai.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Japanese text of the module's message codes: enum values in the arguments become their
 * labels ({@code enum.<Type>.<NAME>}), lists of them are joined with 「、」, dates are
 * written in 和暦. The messages' <code>{0}</code> is empty (a field's label elsewhere); the
 * arguments start at <code>{1}</code>.
 */
@Component
class ApplicationTexts {

	private final MessageSource messages;

	ApplicationTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String code, List<?> arguments) {
		List<Object> readable = new ArrayList<>();
		arguments.forEach((argument) -> readable.add(readable(argument)));
		return FormErrors.text(this.messages, code, readable);
	}

	String plain(String code, Object... arguments) {
		Object[] readable = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			readable[i] = readable(arguments[i]);
		}
		return this.messages.getMessage(code, readable, code, Locale.JAPAN);
	}

	String label(Object value) {
		return String.valueOf(readable(value));
	}

	private Object readable(Object argument) {
		if (argument instanceof Enum<?> value) {
			return this.messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(),
					null, value.name(), Locale.JAPAN);
		}
		if (argument instanceof MessageSourceResolvable resolvable) {
			return this.messages.getMessage(resolvable, Locale.JAPAN);
		}
		if (argument instanceof Collection<?> values) {
			return values.stream().map(this::readable).map(String::valueOf).collect(Collectors.joining("、"));
		}
		return FormErrors.readable(argument);
	}

}
