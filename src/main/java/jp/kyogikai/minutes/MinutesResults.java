package jp.kyogikai.minutes;

import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Component;

/**
 * Result sentences of 次第 items other than 協議事項 that the minutes' draft writes under their
 * item (e.g. an election of the chair).
 */
@Component
class MinutesResults {

	/**
	 * The sentences per 次第 item.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the sentence by agenda item id
	 */
	Map<Long, String> sentences(long meetingId, AccountPrincipal user) {
		return Map.of();
	}

}
