package jp.kyogikai.minutes;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.voting.ElectionRecord;
import jp.kyogikai.voting.ElectionService;

import org.springframework.stereotype.Component;

/**
 * Result sentences of 次第 items other than 協議事項 that the minutes' draft writes under their
 * item: the election of the 会長 and 副会長 (「会長に○○委員、副会長に△△委員が互選により選出された。」).
 */
@Component
class MinutesResults {

	private final ElectionService elections;

	MinutesResults(ElectionService elections) {
		this.elections = elections;
	}

	/**
	 * The sentences per 次第 item.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the sentence by agenda item id; items with nothing recorded are left out
	 */
	Map<Long, String> sentences(long meetingId, AccountPrincipal user) {
		Map<Long, String> sentences = new LinkedHashMap<>();
		for (ElectionRecord record : this.elections.results(meetingId, user)) {
			String sentence = record.sentence();
			if (sentence != null && !sentence.isBlank()) {
				sentences.put(record.agendaItemId(), sentence);
			}
		}
		return sentences;
	}

}
