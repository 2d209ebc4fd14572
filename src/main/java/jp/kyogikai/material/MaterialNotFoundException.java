package jp.kyogikai.material;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such material or meeting, or not one the user may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MaterialNotFoundException extends RuntimeException {

	MaterialNotFoundException(String what) {
		super("見つかりません: " + what);
	}

}
