package jp.kyogikai.council;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such council, or not one the user may see (the two are not told apart).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CouncilNotFoundException extends RuntimeException {

	public CouncilNotFoundException(long id) {
		super("協議会が見つかりません: " + id);
	}

}
