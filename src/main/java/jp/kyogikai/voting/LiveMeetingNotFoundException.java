package jp.kyogikai.voting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such member, non-member or 次第 item at this meeting: a 404 like an unknown id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LiveMeetingNotFoundException extends RuntimeException {

	LiveMeetingNotFoundException(String what) {
		super("見つかりません: " + what);
	}

}
