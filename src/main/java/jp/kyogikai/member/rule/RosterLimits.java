package jp.kyogikai.member.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The charter's limits on a council's roster: 委員N人以内 at any date, the caps of the
 * categories, and one appointment at a time per person.
 *
 * @param maxMembers the charter's maximum
 * @param categoryCaps caps by category id (categories without a cap left out)
 */
public record RosterLimits(int maxMembers, Map<Long, Integer> categoryCaps) {

	public RosterLimits {
		categoryCaps = Map.copyOf(categoryCaps);
	}

	/**
	 * How many of the seats are in office on a day.
	 * @param seats the appointments
	 * @param date the day
	 * @return the number in office
	 */
	public static int inOffice(Collection<Seat> seats, LocalDate date) {
		return (int) seats.stream().filter((seat) -> seat.term().contains(date)).count();
	}

	/**
	 * Checks a proposed appointment against the others of the council.
	 * @param others the council's other appointments (not the one being changed)
	 * @param proposed the new or changed appointment
	 * @return every rule it breaks; empty when it can be made
	 */
	public List<RosterViolation> check(Collection<Seat> others, Seat proposed) {
		List<RosterViolation> violations = new ArrayList<>();
		for (Seat other : others) {
			if (other.memberId() == proposed.memberId() && other.term().overlaps(proposed.term())) {
				violations.add(new RosterViolation("appointment.overlap", other.term().start(), other.term().end()));
				break;
			}
		}
		List<Seat> overlapping = others.stream().filter((seat) -> seat.term().overlaps(proposed.term())).toList();
		int busiest = busiest(overlapping, proposed.term());
		if (busiest + 1 > this.maxMembers) {
			violations.add(new RosterViolation("appointment.maxMembers", this.maxMembers));
		}
		Integer cap = this.categoryCaps.get(proposed.categoryId());
		if (cap != null) {
			List<Seat> sameCategory = overlapping.stream()
				.filter((seat) -> seat.categoryId() == proposed.categoryId())
				.toList();
			if (busiest(sameCategory, proposed.term()) + 1 > cap) {
				violations.add(new RosterViolation("appointment.categoryCap", cap));
			}
		}
		return violations;
	}

	/**
	 * The most seats in office on any one day of the term: the count only rises on a
	 * seat's first day, so checking the term's first day and every first day inside it is
	 * enough.
	 */
	private static int busiest(List<Seat> seats, Term term) {
		TreeSet<LocalDate> days = new TreeSet<>();
		days.add(term.start());
		for (Seat seat : seats) {
			if (term.contains(seat.term().start())) {
				days.add(seat.term().start());
			}
		}
		int most = 0;
		for (LocalDate day : days) {
			most = Math.max(most, inOffice(seats, day));
		}
		return most;
	}

}
