package jp.kyogikai.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The secretariat's 差戻し: up to {@link #ROWS} comments, each on a field of the application
 * or one of its documents (or on the whole), and the version the page was opened on. Rows
 * left empty are ignored.
 */
public class ReturnForm {

	/** The rows the form offers. */
	public static final int ROWS = 5;

	private List<Row> rows = new ArrayList<>();

	private long version;

	public ReturnForm() {
		for (int i = 0; i < ROWS; i++) {
			this.rows.add(new Row());
		}
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = (rows != null) ? rows : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * One comment: the field it is about ({@code ""} for the whole application) and what
	 * to correct.
	 */
	public static class Row {

		private String field;

		private String comment;

		public boolean isEmpty() {
			return (this.field == null || this.field.isBlank()) && (this.comment == null || this.comment.isBlank());
		}

		public String getField() {
			return this.field;
		}

		public void setField(String field) {
			this.field = field;
		}

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

}
