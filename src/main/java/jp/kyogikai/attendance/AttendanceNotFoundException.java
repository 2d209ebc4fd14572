package jp.kyogikai.attendance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such meeting, item or member, or not one the user may see: a 404 like an unknown id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AttendanceNotFoundException extends RuntimeException {

	AttendanceNotFoundException(String what) {
		super("見つかりません: " + what);
	}

}
