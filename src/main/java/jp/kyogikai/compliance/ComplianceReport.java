package jp.kyogikai.compliance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jp.kyogikai.calendar.Wareki;

import org.springframework.context.MessageSourceResolvable;

/**
 * An operator's 要件確認表 on a day. Its texts are message codes with arguments
 * ({@link Message}), resolved through the messages by the page ({@code #labels.of}) and
 * by {@link CompliancePdf}, so both show the same Japanese.
 *
 * @param operatorId the operator
 * @param operatorName its name
 * @param municipality the municipality it is registered with
 * @param date the day of the check
 * @param sections 登録, 自動車, 運転者, 運行管理・整備管理 and 事故・苦情・行政処分, in that order
 */
public record ComplianceReport(long operatorId, String operatorName, String municipality, LocalDate date,
		List<Section> sections) {

	/**
	 * @return the rows that pass
	 */
	public long okCount() {
		return rows().filter((row) -> row.status() == Status.OK).count();
	}

	/**
	 * @return the rows that need review (violations and warnings)
	 */
	public long reviewCount() {
		return rows().filter((row) -> row.status() != Status.OK).count();
	}

	private Stream<Row> rows() {
		return this.sections.stream().flatMap((section) -> section.rows().stream());
	}

	/** The outcome of one check; its label is the message {@code enum.Status.<NAME>}. */
	public enum Status {

		/** Meets the requirements (適合). */
		OK,
		/** Does not meet them (不適合). */
		NG,
		/** Meets them for now but needs attention soon (要注意). */
		WARN;

		public boolean ok() {
			return this == OK;
		}

	}

	/**
	 * A section of the report.
	 *
	 * @param title 登録, 自動車, 運転者 or 運行管理・整備管理
	 * @param rows its rows; empty when there is nothing to check
	 * @param empty what to say when there are no rows; {@code null} for a section that
	 * always has rows
	 */
	public record Section(Message title, List<Row> rows, Message empty) {

		public Section {
			Objects.requireNonNull(title, "title");
			rows = List.copyOf(rows);
		}

	}

	/**
	 * One checked item.
	 *
	 * @param item what was checked (the registration, a plate number, a driver's name)
	 * @param status the outcome
	 * @param reasons the reasons, one a line
	 */
	public record Row(Message item, Status status, List<Message> reasons) {

		public Row {
			Objects.requireNonNull(item, "item");
			Objects.requireNonNull(status, "status");
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * A text of the report: a message code with its arguments. Dates are written in 和暦;
	 * an argument that is itself a {@link MessageSourceResolvable} (a role's label, say)
	 * is resolved too.
	 *
	 * @param code the message code
	 * @param arguments its arguments, {0} first
	 */
	public record Message(String code, List<Object> arguments) implements MessageSourceResolvable {

		/** The code of a text put into Japanese elsewhere: {@code {0}} as it is. */
		static final String AS_IS = "compliance.text";

		public Message {
			Objects.requireNonNull(code, "code");
			arguments = List.copyOf(arguments);
		}

		/**
		 * A message.
		 * @param code the message code
		 * @param arguments its arguments, {0} first
		 * @return the message
		 */
		public static Message of(String code, Object... arguments) {
			return new Message(code, Arrays.asList(arguments));
		}

		/**
		 * A text that is already Japanese: a name, a plate number, or what the vehicle
		 * and driver modules found, which they put into Japanese themselves.
		 * @param text the text
		 * @return the message showing it as it is
		 */
		public static Message text(String text) {
			return of(AS_IS, text);
		}

		@Override
		public String[] getCodes() {
			return new String[] { this.code };
		}

		@Override
		public Object[] getArguments() {
			return this.arguments.stream()
				.map((argument) -> (argument instanceof LocalDate date) ? Wareki.format(date) : argument)
				.toArray();
		}

		@Override
		public String getDefaultMessage() {
			return null;
		}

	}

}
