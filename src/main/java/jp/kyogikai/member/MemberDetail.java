package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's page: the person and every appointment to the council, newest first.
 *
 * @param member the person
 * @param appointments the appointments
 * @param today the day the page was made
 */
public record MemberDetail(Member member, List<RosterEntry> appointments, LocalDate today) {

	public boolean inOffice(RosterEntry entry) {
		return !this.today.isBefore(entry.start()) && !this.today.isAfter(entry.end());
	}

}
