package jp.kyogikai.meeting;

import java.util.List;

import jp.kyogikai.meeting.rule.AgendaItemKind;

/**
 * The usual 次第 a new meeting starts from, for staff to edit.
 */
final class AgendaTemplate {

	record Line(AgendaItemKind kind, String title, boolean subItem) {

		Line(AgendaItemKind kind, String title) {
			this(kind, title, false);
		}

	}

	static final List<Line> USUAL = List.of(new Line(AgendaItemKind.OPENING, "開会"),
			new Line(AgendaItemKind.MATERIALS_CHECK, "資料確認", true), new Line(AgendaItemKind.INTRODUCTIONS, "自己紹介"),
			new Line(AgendaItemKind.CHAIR_GREETING, "会長あいさつ"), new Line(AgendaItemKind.REPORT, "報告事項"),
			new Line(AgendaItemKind.DELIBERATION, "協議事項"), new Line(AgendaItemKind.OTHER, "その他"),
			new Line(AgendaItemKind.CLOSING, "閉会"));

	private AgendaTemplate() {
	}

}
