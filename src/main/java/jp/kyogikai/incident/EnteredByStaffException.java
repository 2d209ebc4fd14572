package jp.kyogikai.incident;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An operator tried to change or delete one of its records that staff entered: the
 * operator may read it but only staff may change it.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
class EnteredByStaffException extends RuntimeException {

	EnteredByStaffException(long id) {
		super("事務局が記録したため運送主体は変更できません: " + id);
	}

}
