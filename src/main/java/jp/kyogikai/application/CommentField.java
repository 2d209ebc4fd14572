package jp.kyogikai.application;

import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.AttachmentKind;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A part of an application the secretariat may comment on when returning it: the whole
 * ({@code ""}), one of its fields, or one of its documents ({@code attachment.<KIND>}).
 * Its label is a message ({@code #labels.of(field)}).
 *
 * @param key the key stored with the comment
 * @param kind the document's kind for an attachment, otherwise {@code null}
 */
public record CommentField(String key, AttachmentKind kind) implements MessageSourceResolvable {

	/** The key of a comment on the whole application. */
	public static final String GENERAL = "";

	static final String ATTACHMENT_PREFIX = "attachment.";

	/**
	 * The parts of an application of this type, in the order of its page.
	 * @param application the application
	 * @return the whole, its fields, then its documents
	 */
	static List<CommentField> of(Application application) {
		List<CommentField> fields = new ArrayList<>();
		fields.add(new CommentField(GENERAL, null));
		if (application.getType() == ApplicationType.CHANGE) {
			fields.add(new CommentField("changeItems", null));
		}
		fields.add(new CommentField("area", null));
		fields.add(new CommentField("reason", null));
		fields.add(new CommentField("remarks", null));
		if (application.getType().proposesFares()) {
			fields.add(new CommentField("fares", null));
		}
		application.checklist().all().forEach((kind) -> fields.add(new CommentField(ATTACHMENT_PREFIX + kind, kind)));
		return fields;
	}

	/**
	 * The part a stored comment is about.
	 * @param key the stored key, {@code null} for the whole
	 * @return the part
	 */
	static CommentField forKey(String key) {
		if (key == null || key.isBlank()) {
			return new CommentField(GENERAL, null);
		}
		if (key.startsWith(ATTACHMENT_PREFIX)) {
			try {
				return new CommentField(key, AttachmentKind.valueOf(key.substring(ATTACHMENT_PREFIX.length())));
			}
			catch (IllegalArgumentException ex) {
				return new CommentField(key, null);
			}
		}
		return new CommentField(key, null);
	}

	@Override
	public String[] getCodes() {
		if (this.kind != null) {
			return new String[] { "application.field.attachment" };
		}
		return new String[] { "application.field." + (this.key.isEmpty() ? "general" : this.key) };
	}

	@Override
	public Object[] getArguments() {
		if (this.kind != null) {
			return new Object[] { new DefaultMessageSourceResolvable(
					new String[] { "enum.AttachmentKind." + this.kind.name() }, this.kind.name()) };
		}
		return new Object[0];
	}

	@Override
	public String getDefaultMessage() {
		return this.key;
	}

}
