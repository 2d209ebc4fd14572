package jp.kyogikai.member;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such member or appointment in the council, or not one the user may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MemberNotFoundException extends RuntimeException {

	public MemberNotFoundException(long id) {
		super("委員が見つかりません: " + id);
	}

}
