package jp.kyogikai.meeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such meeting or 次第 item, or not one the user may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MeetingNotFoundException extends RuntimeException {

	MeetingNotFoundException(String what) {
		super("見つかりません: " + what);
	}

}
