package jp.kyogikai.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.DemoCouncils;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.vehicle.VehicleService;
import jp.kyogikai.vehicle.VehicleView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data follows the seed meeting of 佐久市 and shows a second municipality.
 */
@IntegrationTest
class DemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	DemoVehicles vehicles;

	@Autowired
	OperatorRepository operators;

	@Autowired
	VehicleService vehicleService;

	@Autowired
	UserDetailsService users;

	@Test
	void theSakuCouncilHasTheCharterOfItsSetsuchiYoko() {
		long council = DemoCouncils.id(this.jdbc, DemoCouncils.SAKU);
		String settings = this.jdbc.sql("""
				select max_members || ',' || term_months || ',' || quorum_rule || ',' || decision_rule || ','
				       || recusal_enabled from charter where council_id = :id
				""").param("id", council).query(String.class).single();
		assertThat(settings).isEqualTo("10,12,MAJORITY,MAJORITY_OF_PRESENT,true");
		String text = this.jdbc.sql("select text from charter where council_id = :id")
			.param("id", council)
			.query(String.class)
			.single();
		assertThat(text).contains("委員10人以内をもって組織する").contains("委員の過半数が出席しなければ");
	}

	@Test
	void theSakuCouncilHasTheSevenCategoriesOfTheRosterInOrder() {
		List<String> names = this.jdbc
			.sql("select name from member_category where council_id = :id order by sort_order")
			.param("id", DemoCouncils.id(this.jdbc, DemoCouncils.SAKU))
			.query(String.class)
			.list();
		assertThat(names).containsExactly("識見を有する者", "長野運輸支局長が指定する職員", "現に福祉有償運送を行っているNPO等", "タクシー事業者", "タクシー運転者",
				"福祉有償運送の利用者", "市職員");
	}

	@Test
	void theFiveOperatorsOfTheSeedListHaveTheirExpiryDates() {
		List<String> operators = this.jdbc.sql("""
				select o.name || ' ' || o.registration_expires_on from operator o
				join municipality m on m.id = o.municipality_id where m.name = '佐久市' order by o.name
				""").query(String.class).list();
		assertThat(operators).containsExactlyInAnyOrder("社会福祉法人 山栄会 " + LocalDate.of(2026, 3, 31),
				"特定非営利活動法人 たんと " + LocalDate.of(2026, 3, 31), "特定非営利活動法人 のんびり " + LocalDate.of(2028, 3, 31),
				"社会医療法人 恵仁会 " + LocalDate.of(2026, 3, 31), "社会福祉法人 望月悠玄福祉会 " + LocalDate.of(2027, 9, 18));
	}

	@Test
	void everyDemoAccountHasItsRoleAndScope() {
		List<String> accounts = this.jdbc.sql("""
				select u.username || ':' || u.role || ':' || coalesce(m.name, o.name, '-') from app_user u
				left join municipality m on m.id = u.municipality_id left join operator o on o.id = u.operator_id
				where u.username in ('admin', 'staff', 'staff2', 'chair', 'member', 'nonbiri', 'tanto')
				""").query(String.class).list();
		assertThat(accounts).containsExactlyInAnyOrder("admin:ADMIN:-", "staff:SECRETARIAT:佐久市",
				"staff2:SECRETARIAT:小諸市", "chair:MEMBER:-", "member:MEMBER:-", "nonbiri:OPERATOR:特定非営利活動法人 のんびり",
				"tanto:OPERATOR:特定非営利活動法人 たんと");
	}

	@Test
	void nonbiriHasOneMinorAccidentAndOneResolvedComplaint() {
		List<String> accidents = this.jdbc.sql("""
				select a.occurred_on || ' ' || a.serious || ' ' || a.entered_by_operator from accident a
				join operator o on o.id = a.operator_id where o.name = '特定非営利活動法人 のんびり'
				""").query(String.class).list();
		assertThat(accidents).containsExactly(LocalDate.of(2025, 11, 12) + " false true");
		List<String> complaints = this.jdbc.sql("""
				select c.received_on || ' ' || c.resolved_on from complaint c
				join operator o on o.id = c.operator_id where o.name = '特定非営利活動法人 のんびり'
				""").query(String.class).list();
		assertThat(complaints).containsExactly(LocalDate.of(2025, 9, 3) + " " + LocalDate.of(2025, 9, 10));
	}

	@Test
	void tantoHasABroughtInVehicleWithItsAgreementAndOneWithout() throws Exception {
		long saku = this.jdbc.sql("select id from municipality where name = '佐久市'").query(Long.class).single();
		Operator tanto = this.operators.findByMunicipalityIdAndName(saku, "特定非営利活動法人 たんと").orElseThrow();
		this.jdbc.sql("delete from vehicle where operator_id = :o and plate_number in (:plates)")
			.param("o", tanto.getId())
			.param("plates", List.of(DemoVehicles.WITH_AGREEMENT, DemoVehicles.WITHOUT_AGREEMENT))
			.update();
		this.vehicles.load(tanto);
		Map<String, VehicleView> views = this.vehicleService
			.list(tanto.getId(), (AccountPrincipal) this.users.loadUserByUsername("staff"))
			.stream()
			.collect(Collectors.toMap((view) -> view.vehicle().getPlateNumber(), (view) -> view));
		assertThat(views.get(DemoVehicles.WITH_AGREEMENT).findings()).isEmpty();
		assertThat(views.get(DemoVehicles.WITHOUT_AGREEMENT).findings()).extracting(VehicleView.Finding::text)
			.containsExactly("持込み車両ですが、使用権原を証する書類（使用承諾書）が登録されていません。");
		assertThat(views.values()).allSatisfy((view) -> assertThat(view.vehicle().getOwnership())
			.isEqualTo(jp.kyogikai.vehicle.Ownership.BROUGHT_IN));
		Map<String, Object> file = this.jdbc.sql("""
				select f.content, f.file_name, f.media_type, f.uploaded_by, f.municipality_id from stored_file f
				join vehicle v on v.use_agreement_file_id = f.id where v.id = :id
				""").param("id", views.get(DemoVehicles.WITH_AGREEMENT).vehicle().getId()).query().singleRow();
		assertThat(file).containsEntry("file_name", DemoVehicles.AGREEMENT_FILE)
			.containsEntry("media_type", "application/pdf")
			.containsEntry("uploaded_by", "system")
			.containsEntry("municipality_id", saku);
		try (PDDocument pdf = Loader.loadPDF((byte[]) file.get("content"))) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("自動車使用承諾書", "特定非営利活動法人たんと",
					"長野530た11-22", "デモ用の架空の書類です");
		}
	}

	@Test
	void sevenOfTheNineMembersReplyThatTheyAttendTheSeedMeeting() {
		assertThat(this.jdbc.sql("""
				select r.reply, count(*) from attendance_reply r join meeting m on m.id = r.meeting_id
				join council c on c.id = m.council_id
				where c.name = '佐久市福祉有償運送運営協議会' and m.fiscal_year = 2025 and m.number = 1
				group by r.reply order by r.reply""").query((rs, row) -> rs.getString(1) + " " + rs.getInt(2)).list())
			.containsExactly("ABSENT 2", "PRESENT 7");
		assertThat(this.jdbc.sql("select count(*) from member where email is not null and email like '%@example.jp'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void loadingAgainChangesNothing() throws Exception {
		int before = count();
		this.loader.run(new DefaultApplicationArguments());
		assertThat(count()).isEqualTo(before);
	}

	private int count() {
		return this.jdbc
			.sql("select (select count(*) from council) + (select count(*) from operator) "
					+ "+ (select count(*) from app_user where username not like 'user-%') "
					+ "+ (select count(*) from accident) + (select count(*) from complaint) "
					+ "+ (select count(*) from attendance_reply) + (select count(*) from material) "
					+ "+ (select count(*) from office) + (select count(*) from operation_manager) "
					+ "+ (select count(*) from vehicle) + (select count(*) from driver)")
			.query(Integer.class)
			.single();
	}

}
