package jp.kyogikai.writtendeliberation;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.AttachmentKind;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.member.Appointment;
import jp.kyogikai.member.Member;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own council of members in office (the first elected 会長; all with an e-mail
 * address unless told), MEMBER logins, an operator of the municipality and its received
 * 対価の変更.
 */
final class WrittenFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(900000);

	final Tenant tenant;

	final long operator;

	final List<Member> members = new ArrayList<>();

	final List<AccountPrincipal> logins = new ArrayList<>();

	private final JdbcClient jdbc;

	private final ApplicationSetupService applications;

	/**
	 * @param linkedToOperator the index of a member linked to the applicant operator, or
	 * -1
	 * @param withoutEmail the index of a member without an address, or -1
	 */
	WrittenFixture(TestTenants tenants, MemberSetupService setup, OperatorRepository operators,
			ApplicationSetupService applications, JdbcClient jdbc, int size, int linkedToOperator, int withoutEmail) {
		this.tenant = tenants.create();
		this.jdbc = jdbc;
		this.applications = applications;
		this.operator = Registries.operator(operators, this.tenant, "特定非営利活動法人 しょめん");
		long category = jdbc.sql("select min(id) from member_category where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
		Term term = Term.standard(LocalDate.now().minusMonths(1), 12);
		for (int i = 0; i < size; i++) {
			int number = SEQUENCE.incrementAndGet();
			String name = "委員" + (i + 1);
			Member member = setup.createMember(this.tenant.municipality().getId(),
					new PersonDetails(name, "いいん", (i == withoutEmail) ? null : "m" + number + "@example.jp", "テスト",
							(i == linkedToOperator) ? this.operator : null));
			Appointment appointment = setup.appoint(this.tenant.councilId(), member, category, term);
			if (i == 0) {
				setup.elect(appointment, OfficerRole.CHAIR, term.start());
			}
			this.members.add(member);
			this.logins.add(new AccountPrincipal(-number, "member-" + number, null, name, Role.MEMBER, null, null,
					member.getId(), null, true));
		}
	}

	/**
	 * A 対価の変更 of the operator, submitted and received.
	 */
	long receivedApplication() throws Exception {
		long id = this.applications.draft(this.tenant.municipality().getId(), this.operator,
				ApplicationType.FARE_CHANGE, Set.of(), "テスト市全域", "燃料費が上がったため。", null, "op", "担当", Instant.now());
		this.applications.propose(id, FareSchedule.of(new DistanceFare(2_000, 300, 1_000, 100)), null);
		this.applications.attach(id, AttachmentKind.FARE_TABLE, pdf(), "対価表.pdf");
		this.applications.attach(id, AttachmentKind.COST_BASIS, pdf(), "算定根拠.pdf");
		this.applications.act(id, ApplicationAction.SUBMIT, "op", "担当", Instant.now());
		this.applications.act(id, ApplicationAction.RECEIVE, "staff", "職員", Instant.now());
		return id;
	}

	long councilId() {
		return this.tenant.councilId();
	}

	AccountPrincipal staff() {
		return this.tenant.staff();
	}

	String base() {
		return "/councils/" + councilId() + "/written-deliberations";
	}

	void charter(String column, Object value) {
		this.jdbc.sql("update charter set " + column + " = :v where council_id = :c")
			.param("v", value)
			.param("c", councilId())
			.update();
	}

	static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
