package jp.kyogikai.member;

import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.member.rule.Term;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters members and appointments without a signed-in user (installation and demo data);
 * the charter's limits still apply.
 */
@Service
@Transactional
public class MemberSetupService {

	private final MemberRepository members;

	private final AppointmentRepository appointments;

	private final CouncilService councils;

	private final MemberService memberService;

	MemberSetupService(MemberRepository members, AppointmentRepository appointments, CouncilService councils,
			MemberService memberService) {
		this.members = members;
		this.appointments = appointments;
		this.councils = councils;
		this.memberService = memberService;
	}

	@Transactional(readOnly = true)
	public boolean hasAppointments(long councilId) {
		return !this.appointments.findByCouncil(councilId).isEmpty();
	}

	public Member createMember(long municipalityId, PersonDetails person) {
		return this.members.save(person.toMember(municipalityId));
	}

	public Appointment appoint(long councilId, Member member, long categoryId, Term term) {
		CouncilRules rules = this.councils.rulesOf(councilId);
		MemberService.requireCategory(rules, categoryId);
		return this.memberService.save(rules, new Appointment(councilId, member, categoryId, term, null));
	}

	public void elect(Appointment appointment, OfficerRole role, java.time.LocalDate since) {
		// the appointment may come from another transaction: change the stored one
		this.appointments.findById(appointment.getId()).orElseThrow().takeOffice(role, since);
	}

}
