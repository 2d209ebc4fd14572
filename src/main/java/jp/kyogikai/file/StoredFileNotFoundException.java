package jp.kyogikai.file;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such file in the municipality.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StoredFileNotFoundException extends RuntimeException {

	StoredFileNotFoundException(long id) {
		super("ファイルが見つかりません: " + id);
	}

}
