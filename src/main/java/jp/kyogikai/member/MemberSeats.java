package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.member.rule.Term;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terms a signed-in member served in a council, for modules that decide what a member
 * may see of a council's meetings.
 */
@Service
@Transactional(readOnly = true)
public class MemberSeats {

	private final AppointmentRepository appointments;

	MemberSeats(AppointmentRepository appointments) {
		this.appointments = appointments;
	}

	/**
	 * The days the member was (or will be) in office in the council: each appointment's
	 * term, cut short where it ended early.
	 * @param user the signed-in user
	 * @param councilId the council
	 * @return the terms, empty for anyone but a MEMBER user with an appointment there
	 */
	public List<Term> terms(AccountPrincipal user, long councilId) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			return List.of();
		}
		return this.appointments.findByMember(user.memberId())
			.stream()
			.filter((a) -> a.getCouncilId() == councilId)
			.map(Appointment::term)
			.toList();
	}

	/**
	 * Whether the member is in office in the council on a day.
	 * @param user the signed-in user
	 * @param councilId the council
	 * @param date the day
	 * @return {@code true} when one of its terms covers the day
	 */
	public boolean inOffice(AccountPrincipal user, long councilId, LocalDate date) {
		return terms(user, councilId).stream().anyMatch((term) -> term.contains(date));
	}

}
