package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.List;

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

	public long categoryCount() {
		return this.entries.stream().map(RosterEntry::category).distinct().count();
	}

}
