package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.kyogikai.member.rule.Term;

/**
 * A council's members in office on a day, in the order of the charter's categories.
 *
 * @param councilId the council
 * @param councilName its name
 * @param date the day
 * @param term the term most of them serve (the roster's title names it), {@code null}
 * when nobody is in office
 * @param maxMembers the charter's maximum (委員N人以内)
 * @param termMonths the charter's term in months
 * @param entries the members
 */
public record Roster(long councilId, String councilName, LocalDate date, Term term, int maxMembers, int termMonths,
		List<RosterEntry> entries) {

	public int size() {
		return this.entries.size();
	}

	/**
	 * The charter's term as the roster's note writes it: 1年, 2年, 18か月.
	 * @return the term length
	 */
	public String termLength() {
		return (this.termMonths % 12 == 0) ? (this.termMonths / 12) + "年" : this.termMonths + "か月";
	}

	/**
	 * Who acts as 会長 on the roster's day: the chair, or, while there is no chair in
	 * office, the vice-chair (副会長は、会長に事故があるときは、その職務を代理する).
	 * @return the acting chair, empty when neither office is filled
	 */
	public Optional<RosterEntry> actingChair() {
		return holder(OfficerRole.CHAIR).or(() -> holder(OfficerRole.VICE_CHAIR));
	}

	/**
	 * The member holding an office on the roster's day.
	 * @param role the office
	 * @return its holder, if any
	 */
	public Optional<RosterEntry> holder(OfficerRole role) {
		return this.entries.stream().filter((e) -> e.officerRole() == role).findFirst();
	}

	public long categoryCount() {
		return this.entries.stream().map(RosterEntry::category).distinct().count();
	}

}
