package jp.kyogikai.mail;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such mail in the outbox, or not one the user may read.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class OutboxMailNotFoundException extends RuntimeException {

	OutboxMailNotFoundException(long id) {
		super("メールが見つかりません: " + id);
	}

}
