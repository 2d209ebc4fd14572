package jp.kyogikai.meeting.rule;

/**
 * The kinds of a 次第's items; {@link #DELIBERATION} (協議事項) alone may name an application.
 */
public enum AgendaItemKind {

	OPENING, MATERIALS_CHECK, INTRODUCTIONS, CHAIR_GREETING, REPORT, DELIBERATION, OTHER, CLOSING, FREE

}
