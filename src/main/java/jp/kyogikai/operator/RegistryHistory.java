package jp.kyogikai.operator;

import java.util.List;
import java.util.Map;

/**
 * A registry another module keeps for operators (the vehicles, the drivers), read for the
 * operator's changes since its last deliberation. Implemented by those modules, so that
 * the operator module reads them without depending on them.
 */
public interface RegistryHistory {

	/**
	 * Every record the operator has or had in the registry, with all its revisions, in a
	 * fixed number of queries.
	 * @param operatorId the operator, already checked for the user
	 * @param officeNames the names of the operator's offices by id, deleted ones included
	 * @return the records with their revisions
	 */
	List<RegistryRecord> records(long operatorId, Map<Long, String> officeNames);

}
