package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the secretariat asks the operator to correct when returning an application (差戻し):
 * at least one comment, each on a field or on the whole application, each field at most
 * once.
 *
 * @param comments the comments, in the order of the form
 */
public record CorrectionRequest(List<FieldComment> comments) {

	/** The longest comment accepted. */
	public static final int MAX_COMMENT_LENGTH = 1000;

	public CorrectionRequest {
		comments = (comments != null) ? List.copyOf(comments) : List.of();
	}

	/**
	 * What is wrong with the request.
	 * @return {@code comments} / {@code application.return.noComment} when there is no
	 * comment; per comment ({@code comments[i].comment}, argument: its number from 1)
	 * {@code application.return.comment.blank},
	 * {@code application.return.comment.tooLong} (and the maximum), and
	 * {@code comments[i].field} / {@code application.return.field.duplicate} for a second
	 * comment on the same field; empty when the application may be returned
	 */
	public List<ApplicationViolation> violations() {
		List<ApplicationViolation> violations = new ArrayList<>();
		if (this.comments.isEmpty()) {
			violations.add(new ApplicationViolation("comments", "application.return.noComment"));
		}
		Set<String> fields = new HashSet<>();
		for (int i = 0; i < this.comments.size(); i++) {
			FieldComment comment = this.comments.get(i);
			String path = "comments[" + i + "]";
			if (comment.comment() == null || comment.comment().isBlank()) {
				violations.add(new ApplicationViolation(path + ".comment", "application.return.comment.blank", i + 1));
			}
			else if (comment.comment().strip().length() > MAX_COMMENT_LENGTH) {
				violations.add(new ApplicationViolation(path + ".comment", "application.return.comment.tooLong", i + 1,
						MAX_COMMENT_LENGTH));
			}
			String field = comment.general() ? "" : comment.field().strip();
			if (!fields.add(field)) {
				violations.add(new ApplicationViolation(path + ".field", "application.return.field.duplicate", i + 1));
			}
		}
		return violations;
	}

}
