package jp.kyogikai.application;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such application, or not one the user may see: an operator's user sees only its own,
 * staff only their municipality's submitted ones. Answered as 404, so another's
 * application cannot be told from one that does not exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApplicationNotFoundException extends RuntimeException {

	public ApplicationNotFoundException(long id) {
		super("申請が見つかりません: " + id);
	}

}
