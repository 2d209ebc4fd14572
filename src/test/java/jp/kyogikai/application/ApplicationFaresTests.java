package jp.kyogikai.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.TaxiFare;
import jp.kyogikai.fare.FareSetupService;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static jp.kyogikai.application.ApplicationFixtures.PORTAL;
import static jp.kyogikai.application.ApplicationFixtures.STAFF;
import static jp.kyogikai.application.ApplicationFixtures.act;
import static jp.kyogikai.application.ApplicationFixtures.pdf;
import static jp.kyogikai.application.ApplicationFixtures.status;
import static jp.kyogikai.application.ApplicationFixtures.upload;
import static jp.kyogikai.application.ApplicationFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fares an application proposes: entered on the application form through the fare
 * module's form, required at submission, shown on the application's page (beside the
 * fares in force for a 対価の変更, with the sample trips against the taxi fare), and agreed
 * when the council approves the application, so the public fares page follows.
 */
@IntegrationTest
class ApplicationFaresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	FareSetupService fares;

	@Autowired
	ApplicationService applications;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	Tenant tenant;

	long operatorId;

	AccountPrincipal operator;

	AccountPrincipal staff;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.today = LocalDate.now(this.clock);
		this.tenant = this.tenants.create();
		this.operatorId = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 あおぞら");
		this.operator = Registries.operatorUser(this.operatorId);
		this.staff = this.tenant.staff();
		this.jdbc.sql("update municipality set secretariat_email = 'secretariat@example.jp' where id = :m")
			.param("m", this.tenant.municipality().getId())
			.update();
		// the fares in force: 2kmまで300円、以降1kmごとに100円 since a year
		this.fares.agree(this.operatorId, FareSchedule.of(new DistanceFare(2_000, 300, 1_000, 100)),
				this.today.minusYears(1), this.today.minusYears(1));
		// taxi: 1kmまで500円、250mごとに100円 → 2km 900円
		this.fares.taxiFare(this.tenant.municipality().getId(), TaxiFare.byDistance(1_000, 500, 250, 100),
				this.today.minusYears(2), null);
	}

	@AfterEach
	void cleanUp() {
		ApplicationFixtures.cleanUp(this.jdbc, this.tenant.municipality().getId());
	}

	@Test
	void theFormTakesTheProposedFaresAndRefusesWrongOnesInJapanese() throws Exception {
		this.mvc.perform(get(PORTAL + "/new").with(user(this.operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("申請する対価"), containsString("name=\"proposedFares.method\""),
					containsString("name=\"proposedFares.otherCharges[2].amount\""),
					containsString("name=\"proposedEffectiveFrom\""), not(containsString("??")))));
		long before = count();
		this.mvc
			.perform(form(post(PORTAL + "/new"), "FARE_CHANGE").param("proposedFares.method", "DISTANCE")
				.param("proposedFares.baseMetres", "2000")
				.param("proposedFares.baseFare", "四百")
				.param("proposedFares.incrementMetres", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("基本運賃（円）は半角数字で入力してください。"),
					containsString("加算運賃（円）を入力してください。"), not(containsString("baseFareは")), not(containsString("??")))));
		this.mvc
			.perform(form(post(PORTAL + "/new"), "FARE_CHANGE").param("proposedFares.baseFare", "400")
				.param("proposedEffectiveFrom", "来月"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("運賃の方式（距離制・時間制・定額制）を選んでください"),
					containsString("適用開始予定日は日付（例：2025-07-17）で入力してください。"))));
		assertThat(count()).isEqualTo(before);

		LocalDate from = this.today.plusMonths(2);
		long id = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE", "proposedEffectiveFrom",
				from.toString());
		assertThat(proposed(id)).containsEntry("base_fare", "400")
			.containsEntry("pick_up", "150")
			.containsEntry("effective_from", from.toString());
		this.mvc.perform(get(PORTAL + "/{id}/edit", id).with(user(this.operator)))
			.andExpect(content().string(allOf(containsString("value=\"400\""), containsString("自宅へ迎えに行くとき"))));
		this.mvc
			.perform(ApplicationFixtures
				.withFares(form(post(PORTAL + "/{id}/edit", id), "FARE_CHANGE"), ApplicationFixtures.fares("450"))
				.param("version", Long.toString(version(this.jdbc, id))))
			.andExpect(redirectedUrl(PORTAL + "/" + id));
		assertThat(proposed(id)).containsEntry("base_fare", "450").containsEntry("effective_from", null);
	}

	@Test
	void aFareProposingApplicationIsNotSubmittedWithoutFaresAndTheFaresAreFrozenOnceSubmitted() throws Exception {
		long id = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE", "proposedFares.method", "",
				"proposedFares.baseMetres", "", "proposedFares.baseFare", "", "proposedFares.incrementMetres", "",
				"proposedFares.incrementFare", "", "proposedFares.otherCharges[0].kind", "",
				"proposedFares.otherCharges[0].amount", "", "proposedFares.otherCharges[0].unit", "",
				"proposedFares.otherCharges[0].appliesWhen", "");
		assertThat(proposed(id)).containsEntry("base_fare", null);
		attachDocuments(id);
		this.mvc.perform(get(PORTAL + "/{id}", id).with(user(this.operator)))
			.andExpect(content().string(containsString("申請する対価はまだ入力されていません")));
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)))
			.andExpect(redirectedUrl(PORTAL + "/" + id))
			.andExpect(flash().attribute("flashErrorText", containsString("申請する対価が入力されていません")));
		assertThat(status(this.jdbc, id)).isEqualTo("DRAFT");

		this.mvc
			.perform(ApplicationFixtures.withFares(form(post(PORTAL + "/{id}/edit", id), "FARE_CHANGE"))
				.param("version", Long.toString(version(this.jdbc, id))))
			.andExpect(redirectedUrl(PORTAL + "/" + id));
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)));
		assertThat(status(this.jdbc, id)).isEqualTo("SUBMITTED");

		long version = version(this.jdbc, id);
		this.mvc
			.perform(ApplicationFixtures
				.withFares(form(post(PORTAL + "/{id}/edit", id), "FARE_CHANGE"), ApplicationFixtures.fares("999"))
				.param("version", Long.toString(version)))
			.andExpect(flash().attribute("flashErrorText", containsString("内容や添付書類を変更できません")));
		assertThat(proposed(id)).containsEntry("base_fare", "400");
		assertThat(version(this.jdbc, id)).isEqualTo(version);
	}

	@Test
	void aFareChangeShowsTheFaresInForceBesideTheProposedOnesAndTheSampleTrips() throws Exception {
		long id = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE", "proposedFares.baseFare", "800");
		submit(id);
		for (String page : List.of(PORTAL + "/" + id, STAFF + "/" + id)) {
			AccountPrincipal who = page.startsWith(PORTAL) ? this.operator : this.staff;
			this.mvc.perform(get(page).with(user(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("現行の対価"), containsString("2kmまで300円、以降1kmごとに100円"),
						containsString("申請する対価"), containsString("2kmまで800円、以降1kmごとに100円"), containsString("1回150円"),
						containsString("乗車例の対価とタクシー運賃との比較"), containsString("900円"),
						containsString("目安（タクシー運賃の80%）を超えています"), containsString("上限ではありません"),
						not(containsString("??")))));
		}
		// 差戻し may name the fares
		this.mvc
			.perform(post(STAFF + "/{id}/return", id).param("version", Long.toString(version(this.jdbc, id)))
				.param("rows[0].field", "fares")
				.param("rows[0].comment", "迎車回送料金の根拠を示してください。")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl(STAFF + "/" + id));
		assertThat(status(this.jdbc, id)).isEqualTo("RETURNED");
		this.mvc.perform(get(PORTAL + "/{id}/edit", id).with(user(this.operator)))
			.andExpect(content().string(containsString("迎車回送料金の根拠を示してください。")));
	}

	@Test
	void aNewRegistrationShowsItsProposedFaresAndTheSampleTripsWithoutTheFaresInForce() throws Exception {
		long newcomer = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 はじまり");
		AccountPrincipal newcomerUser = Registries.operatorUser(newcomer);
		long id = ApplicationFixtures.create(this.mvc, newcomerUser, "NEW", "proposedFares.baseFare", "500");
		this.mvc.perform(get(PORTAL + "/{id}", id).with(user(newcomerUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2kmまで500円、以降1kmごとに100円"),
					containsString("乗車例の対価とタクシー運賃との比較"), containsString("申請の対価"), not(containsString("現行の対価")),
					not(containsString("目安（タクシー運賃の80%）を超えています")))));
	}

	@Test
	void approvalMakesTheProposedFaresTheAgreedFaresAndThePublicPageFollows() throws Exception {
		String url = "/public/municipalities/" + this.tenant.municipality().getCode() + "/fares";
		this.mvc.perform(get(url))
			.andExpect(content().string(
					allOf(containsString("2kmまで300円、以降1kmごとに100円"), not(containsString("2kmまで400円、以降1kmごとに100円")))));
		long id = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE");
		submit(id);
		onAgenda(id);
		this.applications.decide(id, DecisionOutcome.APPROVED, null, this.staff);
		assertThat(status(this.jdbc, id)).isEqualTo("DECIDED");
		assertThat(agreed(id)).containsEntry("effective_from", this.today.toString())
			.containsEntry("agreed_on", this.today.toString())
			.containsEntry("base_fare", "400");
		this.mvc.perform(get(url))
			.andExpect(content().string(allOf(containsString("2kmまで400円、以降1kmごとに100円"), containsString("1回150円"),
					not(containsString("2kmまで300円、以降1kmごとに100円")))));

		// with conditions and a proposed date ahead: agreed from that date, shown as
		// upcoming
		LocalDate from = this.today.plusMonths(1);
		long later = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE", "proposedFares.baseFare", "450",
				"proposedEffectiveFrom", from.toString());
		submit(later);
		onAgenda(later);
		this.applications.decide(later, DecisionOutcome.APPROVED_WITH_CONDITIONS, "半年後に実績を報告すること。", this.staff);
		assertThat(agreed(later)).containsEntry("effective_from", from.toString()).containsEntry("base_fare", "450");
		this.mvc.perform(get(url))
			.andExpect(content()
				.string(allOf(containsString("2kmまで400円、以降1kmごとに100円"), containsString("2kmまで450円、以降1kmごとに100円"))));
	}

	@Test
	void rejectionAndContinuedDeliberationChangeNoFares() throws Exception {
		long before = agreements();
		long rejected = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE");
		submit(rejected);
		onAgenda(rejected);
		this.applications.decide(rejected, DecisionOutcome.CONTINUED, null, this.staff);
		assertThat(status(this.jdbc, rejected)).isEqualTo("RECEIVED");
		assertThat(agreements()).isEqualTo(before);
		onAgenda(rejected);
		this.applications.decide(rejected, DecisionOutcome.REJECTED, null, this.staff);
		assertThat(status(this.jdbc, rejected)).isEqualTo("DECIDED");
		assertThat(agreements()).isEqualTo(before);
		this.mvc.perform(get("/public/municipalities/" + this.tenant.municipality().getCode() + "/fares"))
			.andExpect(content().string(
					allOf(containsString("2kmまで300円、以降1kmごとに100円"), not(containsString("2kmまで400円、以降1kmごとに100円")))));
	}

	@Test
	void anotherOperatorCannotChangeTheProposedFaresOfTheDemoApplication() throws Exception {
		long nonbiri = this.jdbc.sql("""
				select a.id from application a join operator o on o.id = a.operator_id
				where o.name = '特定非営利活動法人 のんびり' and a.type = 'FARE_CHANGE'
				""").query(Long.class).single();
		// のんびり's received 対価の変更: base fare and 迎車 raised beside the fares in force
		this.mvc.perform(get(STAFF + "/{id}", nonbiri).with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(content().string(allOf(containsString("現行の対価"), containsString("2kmまで300円、以降1kmごとに100円"),
					containsString("2kmまで350円、以降1kmごとに100円"), containsString("1回100円"), containsString("1回200円"),
					containsString("令和7年10月1日"))));
		String before = this.jdbc.sql("select proposed_fares::text from application where id = :id")
			.param("id", nonbiri)
			.query(String.class)
			.single();
		long version = version(this.jdbc, nonbiri);
		AccountPrincipal tanto = (AccountPrincipal) this.users.loadUserByUsername("tanto");
		this.mvc
			.perform(ApplicationFixtures
				.withFares(post(PORTAL + "/{id}/edit", nonbiri), ApplicationFixtures.fares("9000"))
				.param("type", "FARE_CHANGE")
				.param("reason", "書き換え")
				.param("version", Long.toString(version))
				.with(user(tanto))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(PORTAL + "/{id}/edit", nonbiri).with(user(tanto))).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select proposed_fares::text from application where id = :id")
			.param("id", nonbiri)
			.query(String.class)
			.single()).isEqualTo(before).contains("350");
		assertThat(version(this.jdbc, nonbiri)).isEqualTo(version);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String type) {
		return request.param("type", type)
			.param("area", "テスト市全域")
			.param("reason", "燃料費が上がったため。")
			.with(user(this.operator))
			.with(csrf());
	}

	private void attachDocuments(long id) throws Exception {
		this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "対価表.pdf", pdf()));
		this.mvc.perform(upload(this.operator, id, "COST_BASIS", "算定根拠.pdf", pdf()));
	}

	private void submit(long id) throws Exception {
		attachDocuments(id);
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)));
		assertThat(status(this.jdbc, id)).isEqualTo("SUBMITTED");
	}

	private void onAgenda(long id) throws Exception {
		if (status(this.jdbc, id).equals("SUBMITTED")) {
			this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version(this.jdbc, id)));
		}
		this.applications.putOnAgenda(id, this.staff);
		assertThat(status(this.jdbc, id)).isEqualTo("ON_AGENDA");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from application where operator_id = :o")
			.param("o", this.operatorId)
			.query(Long.class)
			.single();
	}

	private long agreements() {
		return this.jdbc.sql("select count(*) from agreed_fare where operator_id = :o")
			.param("o", this.operatorId)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> proposed(long id) {
		return this.jdbc.sql("""
				select proposed_fares -> 'fare' ->> 'baseFare' as base_fare,
				       proposed_fares -> 'otherCharges' -> 0 ->> 'amount' as pick_up,
				       proposed_effective_from::text as effective_from
				from application where id = :id
				""").param("id", id).query().singleRow();
	}

	private Map<String, Object> agreed(long id) {
		return this.jdbc.sql("""
				select effective_from::text as effective_from, agreed_on::text as agreed_on,
				       schedule -> 'fare' ->> 'baseFare' as base_fare
				from agreed_fare where application_id = :id
				""").param("id", id).query().singleRow();
	}

}
