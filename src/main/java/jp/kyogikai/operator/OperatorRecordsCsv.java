package jp.kyogikai.operator;

import java.util.List;

import jp.kyogikai.csv.CsvColumn;
import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.http.ResponseEntity;

/**
 * One of an operator's registries as a CSV file, out and in, for whoever may see the
 * operator: the export, and the import all or nothing. Implemented by the modules that
 * keep the registries, for the import page of {@link OperatorRecordPages}.
 */
public interface OperatorRecordsCsv {

	/**
	 * The registry as a download.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return the response
	 */
	ResponseEntity<byte[]> export(long operatorId, AccountPrincipal user);

	/**
	 * The columns an import reads, for the import page.
	 * @return the columns
	 */
	List<CsvColumn> columns();

	/**
	 * The sample on the import page.
	 * @return the text of a small file
	 */
	String sample();

	/**
	 * Imports a file, all or nothing.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @param filename the name the browser sent
	 * @param content the file
	 * @return how many records were added and changed, or every problem (and nothing
	 * changed)
	 */
	ImportResult importCsv(long operatorId, AccountPrincipal user, String filename, byte[] content);

}
