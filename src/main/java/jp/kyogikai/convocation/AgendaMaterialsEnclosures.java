package jp.kyogikai.convocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.meeting.AgendaItem;
import jp.kyogikai.meeting.MeetingDirectory;

import org.springframework.stereotype.Component;

/**
 * The enclosures as the 次第 notes them (資料No.3、4 beside 福祉有償運送について): each item's 資料 note
 * once, in order, with the title of the first item naming it. The fallback: any other
 * {@link ConvocationEnclosures} bean (the material module's) is used instead.
 */
@Component
class AgendaMaterialsEnclosures implements ConvocationEnclosures {

	private final MeetingDirectory meetings;

	AgendaMaterialsEnclosures(MeetingDirectory meetings) {
		this.meetings = meetings;
	}

	@Override
	public List<String> enclosures(long meetingId) {
		return fromAgenda(this.meetings.items(meetingId));
	}

	static List<String> fromAgenda(List<AgendaItem> agenda) {
		Map<String, String> notes = new LinkedHashMap<>();
		for (AgendaItem item : agenda) {
			if (item.getMaterials() != null) {
				notes.putIfAbsent(item.getMaterials(), item.getTitle());
			}
		}
		List<String> enclosures = new ArrayList<>();
		notes.forEach((note, title) -> enclosures.add(note + "　" + title));
		return enclosures;
	}

}
