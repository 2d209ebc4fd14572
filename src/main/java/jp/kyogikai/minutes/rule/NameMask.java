package jp.kyogikai.minutes.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the names of private persons in the published minutes: each name becomes its
 * alias (e.g. 小川 さくら → Ａ委員) wherever it appears, written with or without the space
 * between family and given name, with an honorific after it (小川さくら委員, 小川委員, 小川氏, 小川様,
 * 小川さん) or alone. A family name alone is masked only with an honorific after it, so that
 * a place or an organisation sharing it (中村町) stays as written. Longer names are replaced
 * first, so that one name inside another is not half masked.
 */
public final class NameMask {

	private static final String HONORIFICS = "(?:副委員長|委員長|副会長|仮議長|委員|会長|議長|座長|先生|氏|様|さん|君|殿)";

	/** Spaces a name may be written with, half or full width. */
	private static final String SPACES = "[\\s\u3000]*";

	/** Not in the middle of a longer name: 林 is not masked in 小林. */
	private static final String START = "(?<!\\p{IsHan})";

	private final List<Rule> rules;

	private NameMask(List<Rule> rules) {
		this.rules = rules;
	}

	/**
	 * No masking.
	 * @return a mask that changes nothing
	 */
	public static NameMask none() {
		return new NameMask(List.of());
	}

	/**
	 * A mask of names.
	 * @param aliases each name (family and given name, separated by a space or not) and
	 * its alias; blank names are ignored
	 * @return the mask
	 */
	public static NameMask of(Map<String, String> aliases) {
		Map<String, String> clean = new LinkedHashMap<>();
		aliases.forEach((name, alias) -> {
			if (name != null && !name.isBlank() && alias != null) {
				clean.put(name.strip(), alias.strip());
			}
		});
		List<Rule> rules = new ArrayList<>();
		clean.forEach((name, alias) -> {
			String[] parts = name.split("[\\s\u3000]+");
			String joined = String.join("", parts);
			String spaced = String.join(SPACES, parts.length == 0 ? new String[0] : quoteAll(parts));
			rules.add(new Rule(joined.length() + 1000,
					Pattern.compile(START + spaced + "(?:" + SPACES + HONORIFICS + ")?"), alias));
			if (parts.length > 1 && !parts[0].isEmpty()) {
				rules.add(new Rule(parts[0].length(),
						Pattern.compile(START + Pattern.quote(parts[0]) + SPACES + HONORIFICS), alias));
			}
		});
		rules.sort(Comparator.comparingInt(Rule::weight).reversed());
		return new NameMask(List.copyOf(rules));
	}

	private static String[] quoteAll(String[] parts) {
		String[] quoted = new String[parts.length];
		for (int i = 0; i < parts.length; i++) {
			quoted[i] = Pattern.quote(parts[i]);
		}
		return quoted;
	}

	/**
	 * Masks a text.
	 * @param text any text of the minutes; {@code null} stays {@code null}
	 * @return the text with every name replaced by its alias
	 */
	public String apply(String text) {
		if (text == null || this.rules.isEmpty()) {
			return text;
		}
		String masked = text;
		for (Rule rule : this.rules) {
			masked = rule.pattern().matcher(masked).replaceAll(Matcher.quoteReplacement(rule.alias()));
		}
		return masked;
	}

	/**
	 * Whether the mask changes anything at all.
	 * @return {@code true} when there is no name to mask
	 */
	public boolean isEmpty() {
		return this.rules.isEmpty();
	}

	private record Rule(int weight, Pattern pattern, String alias) {
	}

}
