package jp.kyogikai.application.rule;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a 変更登録 goes to the council: any item that needs deliberation makes the whole
 * application a deliberation; only notified items make it a 軽微変更届出, recorded and never
 * put on an agenda; no item at all is not an application. The form tells the operator
 * which it is ({@code application.change.deliberation} with the items that call for it,
 * or {@code application.change.notification}).
 *
 * @param items the items the operator ticked, in declaration order
 */
public record ChangeClassification(Set<ChangeItem> items) {

	/** The field of the form that lists the items. */
	public static final String FIELD = "changeItems";

	public ChangeClassification {
		Set<ChangeItem> copy = EnumSet.noneOf(ChangeItem.class);
		if (items != null) {
			items.stream().filter(Objects::nonNull).forEach(copy::add);
		}
		items = Collections.unmodifiableSet(copy);
	}

	/**
	 * Classifies what the operator says changes.
	 * @param items the changed items; {@code null} or empty gives an invalid
	 * classification
	 * @return the classification, never {@code null}
	 */
	public static ChangeClassification of(Collection<ChangeItem> items) {
		Set<ChangeItem> set = EnumSet.noneOf(ChangeItem.class);
		if (items != null) {
			items.stream().filter(Objects::nonNull).forEach(set::add);
		}
		return new ChangeClassification(set);
	}

	/**
	 * Whether the operator named at least one change.
	 * @return {@code false} for no items
	 */
	public boolean isValid() {
		return !this.items.isEmpty();
	}

	/**
	 * What is wrong with the input.
	 * @return {@code changeItems} / {@code application.change.none} when nothing was
	 * named; otherwise empty
	 */
	public List<ApplicationViolation> violations() {
		return isValid() ? List.of() : List.of(new ApplicationViolation(FIELD, "application.change.none"));
	}

	/**
	 * How the application is handled.
	 * @return {@link Procedure#DELIBERATION} when any item needs it, otherwise
	 * {@link Procedure#NOTIFICATION}
	 * @throws IllegalStateException when no item was named (check {@link #violations()}
	 * first)
	 */
	public Procedure procedure() {
		if (!isValid()) {
			throw new IllegalStateException("変更内容が指定されていません");
		}
		return deliberationItems().isEmpty() ? Procedure.NOTIFICATION : Procedure.DELIBERATION;
	}

	/**
	 * The items that call for deliberation, for the form to name them.
	 * @return those items, in declaration order; empty for a 軽微変更届出
	 */
	public Set<ChangeItem> deliberationItems() {
		Set<ChangeItem> found = EnumSet.noneOf(ChangeItem.class);
		this.items.stream().filter((item) -> item.procedure() == Procedure.DELIBERATION).forEach(found::add);
		return Collections.unmodifiableSet(found);
	}

	/**
	 * The message code that tells the operator how the change is handled.
	 * @return {@code application.change.deliberation} or
	 * {@code application.change.notification}
	 * @throws IllegalStateException when no item was named
	 */
	public String messageCode() {
		return (procedure() == Procedure.DELIBERATION) ? "application.change.deliberation"
				: "application.change.notification";
	}

}
