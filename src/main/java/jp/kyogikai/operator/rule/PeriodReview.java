package jp.kyogikai.operator.rule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The facts of the registration period being renewed: the serious accidents, improvement
 * orders and suspensions recorded between its first and last day (both included). Facts
 * before the period belong to an earlier registration and those after its last day to the
 * next one; neither counts.
 * <p>
 * Decision where the records are incomplete: when the first day of the period is not on
 * file, every fact up to the last day counts, so that a missing date can only make the
 * renewal shorter, never longer; {@link #startKnown()} says so, for the page to ask for
 * the date.
 *
 * @param from the first day of the period, {@code null} when not known
 * @param to the last day of the period (登録有効期限)
 * @param events the facts within the period, oldest first
 */
public record PeriodReview(LocalDate from, LocalDate to, List<PeriodEvent> events) {

	public PeriodReview {
		Objects.requireNonNull(to, "to");
		if (from != null && from.isAfter(to)) {
			throw new IllegalArgumentException("有効期間の開始日が満了日より後です: " + from + "～" + to);
		}
		events = List.copyOf(events);
	}

	/**
	 * Reviews a period: keeps the recorded facts that fall within it.
	 * @param from the first day of the period, {@code null} when not known
	 * @param to the last day of the period
	 * @param recorded every fact on file for the operator, any period
	 * @return the review, its facts oldest first
	 */
	public static PeriodReview of(LocalDate from, LocalDate to, Collection<PeriodEvent> recorded) {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(recorded, "recorded");
		List<PeriodEvent> within = recorded.stream()
			.filter((event) -> (from == null || !event.date().isBefore(from)) && !event.date().isAfter(to))
			.sorted(Comparator.comparing(PeriodEvent::date).thenComparing(PeriodEvent::kind))
			.toList();
		return new PeriodReview(from, to, within);
	}

	/**
	 * Whether the first day of the period is on file.
	 * @return {@code false} when every fact up to the last day was counted
	 */
	public boolean startKnown() {
		return this.from != null;
	}

	/**
	 * The period's record as {@link RegistrationValidity} reads it.
	 * @return which of the three kinds of fact happened
	 */
	public PeriodRecord record() {
		return new PeriodRecord(happened(PeriodEventKind.SERIOUS_ACCIDENT), happened(PeriodEventKind.IMPROVEMENT_ORDER),
				happened(PeriodEventKind.SUSPENSION));
	}

	/**
	 * Whether the period earns the longer renewal.
	 * @return {@code true} when no fact falls within it
	 */
	public boolean isClean() {
		return this.events.isEmpty();
	}

	private boolean happened(PeriodEventKind kind) {
		return this.events.stream().anyMatch((event) -> event.kind() == kind);
	}

}
