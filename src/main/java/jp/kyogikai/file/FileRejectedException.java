package jp.kyogikai.file;

import java.util.List;

/**
 * An upload that is not stored: no file, an empty one, one over the size limit, or one
 * that is not a PDF, JPEG or PNG. The code names a message in
 * {@code messages.properties}, whose arguments start at <code>{0}</code>.
 */
public class FileRejectedException extends RuntimeException {

	/** No file was chosen. */
	public static final String MISSING = "file.missing";

	/** The file has no content. */
	public static final String EMPTY = "file.empty";

	/** Over the limit; arguments: the file's size, the limit (as text, e.g. 20MB). */
	public static final String TOO_LARGE = "file.tooLarge";

	/** Not a PDF, JPEG or PNG by its content. */
	public static final String TYPE = "file.type";

	private final String code;

	private final List<Object> arguments;

	FileRejectedException(String code, Object... arguments) {
		super("ファイルを受け付けません: " + code);
		this.code = code;
		this.arguments = List.of(arguments);
	}

	/**
	 * The message code.
	 * @return one of the constants of this class
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The message's arguments.
	 * @return the values for <code>{0}</code>, <code>{1}</code>…
	 */
	public List<Object> arguments() {
		return this.arguments;
	}

}
