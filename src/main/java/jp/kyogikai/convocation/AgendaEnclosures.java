package jp.kyogikai.convocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.meeting.AgendaItem;
import jp.kyogikai.meeting.AgendaLine;

/**
 * The enclosures as the 次第 notes them (資料No.3、4 beside 福祉有償運送について), for a meeting whose
 * materials are not registered yet: each item's 資料 note once, in order, with the title of
 * the first item naming it.
 */
final class AgendaEnclosures {

	private AgendaEnclosures() {
	}

	static List<String> fromAgenda(List<AgendaLine> agenda) {
		Map<String, String> notes = new LinkedHashMap<>();
		for (AgendaLine line : agenda) {
			AgendaItem item = line.item();
			if (item.getMaterials() != null && !item.getMaterials().isBlank()) {
				notes.putIfAbsent(item.getMaterials(), item.getTitle());
			}
		}
		List<String> enclosures = new ArrayList<>();
		notes.forEach((note, title) -> enclosures.add(note + "　" + title));
		return enclosures;
	}

}
