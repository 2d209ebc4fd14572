package jp.kyogikai.minutes.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notes taken at the meeting (質疑) into one statement per speaker: a line
 * 「小川委員：運賃の根拠は。」 or 「（事務局）資料のとおりです。」 starts a statement of that speaker, the lines after
 * it continue it until the next speaker. Text before any speaker is a statement without a
 * speaker.
 */
public final class SpeakerLines {

	/** A speaker name is at most this long; a longer "speaker" is taken as text. */
	static final int MAX_SPEAKER_LENGTH = 30;

	private static final Pattern COLON = Pattern
		.compile("^\\s*([^：:（(）)]{1," + MAX_SPEAKER_LENGTH + "}?)\\s*[：:]\\s*(.*)$");

	private static final Pattern BRACKETS = Pattern
		.compile("^\\s*[（(]([^）)]{1," + MAX_SPEAKER_LENGTH + "})[）)]\\s*(.*)$");

	private SpeakerLines() {
	}

	/**
	 * Splits notes into statements.
	 * @param notes the notes, may be {@code null}
	 * @return the statements in order; empty for blank notes
	 */
	public static List<Statement> read(String notes) {
		List<Statement> statements = new ArrayList<>();
		if (notes == null || notes.isBlank()) {
			return statements;
		}
		String speaker = "";
		StringBuilder text = new StringBuilder();
		for (String line : notes.strip().split("\\R")) {
			Matcher matcher = COLON.matcher(line);
			if (!matcher.matches()) {
				matcher = BRACKETS.matcher(line);
			}
			if (matcher.matches()) {
				add(statements, speaker, text);
				speaker = matcher.group(1).strip();
				text = new StringBuilder(matcher.group(2).strip());
			}
			else if (!line.isBlank()) {
				if (!text.isEmpty()) {
					text.append('\n');
				}
				text.append(line.strip());
			}
		}
		add(statements, speaker, text);
		return statements;
	}

	private static void add(List<Statement> statements, String speaker, StringBuilder text) {
		if (!speaker.isEmpty() || !text.isEmpty()) {
			statements.add(new Statement(speaker, text.toString()));
		}
	}

	/**
	 * One speaker's statement.
	 *
	 * @param speaker who spoke, e.g. 小川委員, 事務局; empty when the notes do not say
	 * @param summary what was said
	 */
	public record Statement(String speaker, String summary) {
	}

}
