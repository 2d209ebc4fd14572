package jp.kyogikai.minutes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.Wareki;

import org.springframework.context.MessageSource;

/**
 * Final minutes as they read with their corrections (訂正): the latest correction of a
 * section gives its heading and body, the latest of a statement its summary; a corrected
 * part carries the note 「（令和8年12月2日訂正）」 of its latest correction; the history lists every
 * correction in order.
 */
final class CorrectedText {

	private final Map<Long, MinutesCorrection> sections = new HashMap<>();

	private final Map<Long, MinutesCorrection> statements = new HashMap<>();

	private final List<MinutesCorrection> corrections;

	private final MessageSource messages;

	/**
	 * The corrections of one minutes.
	 * @param corrections in the order they were made (a correction not yet stored last)
	 * @param messages the texts
	 */
	CorrectedText(List<MinutesCorrection> corrections, MessageSource messages) {
		this.corrections = List.copyOf(corrections);
		this.messages = messages;
		for (MinutesCorrection correction : corrections) {
			if (correction.ofStatement()) {
				this.statements.put(correction.getStatementId(), correction);
			}
			else {
				this.sections.put(correction.getSectionId(), correction);
			}
		}
	}

	String heading(MinutesSection section) {
		MinutesCorrection latest = this.sections.get(section.getId());
		return (latest != null) ? latest.getHeading() : section.getHeading();
	}

	String body(MinutesSection section) {
		MinutesCorrection latest = this.sections.get(section.getId());
		return (latest != null) ? latest.getBody() : section.getBody();
	}

	String summary(MinutesStatement statement) {
		MinutesCorrection latest = this.statements.get(statement.getId());
		return (latest != null) ? latest.getBody() : statement.getSummary();
	}

	/**
	 * The note of a corrected section.
	 * @param section the section
	 * @return 「（令和8年12月2日訂正）」, or {@code null} when not corrected
	 */
	String note(MinutesSection section) {
		return note(this.sections.get(section.getId()));
	}

	/**
	 * The note of a corrected statement.
	 * @param statement the statement
	 * @return 「（令和8年12月2日訂正）」, or {@code null} when not corrected
	 */
	String note(MinutesStatement statement) {
		return note(this.statements.get(statement.getId()));
	}

	/**
	 * How a part is named in the history and on the correction form: the section's
	 * heading as it reads, for a statement with its speaker.
	 * @param section the section
	 * @param statement one of its statements, or {@code null} for the section itself
	 * @return e.g. 会議の成立, (1) 対価の変更について：小川委員の発言
	 */
	String part(MinutesSection section, MinutesStatement statement) {
		if (statement == null) {
			return heading(section);
		}
		return statement.getSpeaker().isBlank() ? text("minutes.correction.statementPartNoSpeaker", heading(section))
				: text("minutes.correction.statementPart", heading(section), statement.getSpeaker());
	}

	/**
	 * The 訂正履歴.
	 * @param sections the minutes' sections by id
	 * @param statements their statements by id
	 * @return one line per correction, the first first
	 */
	List<MinutesText.Correction> history(Map<Long, MinutesSection> sections, Map<Long, MinutesStatement> statements) {
		return this.corrections.stream()
			.map((c) -> new MinutesText.Correction(day(c),
					part(sections.get(c.getSectionId()), c.ofStatement() ? statements.get(c.getStatementId()) : null),
					c.getReason()))
			.toList();
	}

	static LocalDate day(MinutesCorrection correction) {
		return LocalDate.ofInstant(correction.getCorrectedAt(), Kyogikai.ZONE);
	}

	private String note(MinutesCorrection latest) {
		return (latest != null) ? text("minutes.correction.note", Wareki.format(day(latest))) : null;
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.JAPANESE);
	}

}
