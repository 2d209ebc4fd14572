package jp.kyogikai.meeting.rule;

/**
 * The kinds of a 次第's items; {@link #DELIBERATION} (協議事項) alone may name an application.
 * {@link #ELECTION} (会長・副会長の互選) is decided at the meeting like a 協議事項, and its result
 * gives the council its 会長 and 副会長 (the voting module's {@code ElectionService}).
 */
public enum AgendaItemKind {

	OPENING, MATERIALS_CHECK, INTRODUCTIONS, ELECTION, CHAIR_GREETING, REPORT, DELIBERATION, OTHER, CLOSING, FREE

}
