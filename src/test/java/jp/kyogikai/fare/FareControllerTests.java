package jp.kyogikai.fare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * The operator's fares page for staff ({@code /operators/{id}/fares}) and the operator's
 * read-only page in its portal ({@code /operator-portal/fares}).
 */
@IntegrationTest
class FareControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	FareSetupService setup;

	@Autowired
	Clock clock;

	long nonbiri;

	AccountPrincipal staff;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.nonbiri = operator("特定非営利活動法人 のんびり");
		this.staff = principal("staff");
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void staffSeeTheCurrentFaresTheirHistoryAndTheComparisonWithTheTaxiFare() throws Exception {
		this.mvc.perform(get("/operators/{id}", this.nonbiri).with(user(this.staff)))
			.andExpect(content().string(containsString("/operators/" + this.nonbiri + "/fares")));
		this.mvc.perform(get("/operators/{id}/fares", this.nonbiri).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("現在の対価"), containsString("令和7年4月1日から適用（令和7年2月20日に協議が調った対価）"),
						containsString("2kmまで300円、以降1kmごとに100円"), containsString("迎車回送料金"), containsString("1回100円"),
						containsString("30分ごとに200円"), containsString("通院先などで30分を超えて待つとき"), containsString("乗降介助"),
						containsString("無料"), containsString("2kmまで250円、以降1kmごとに80円"), containsString("適用終了"),
						containsString("令和7年3月31日まで"), containsString("適用中"), containsString("乗車例の対価とタクシー運賃との比較"),
						containsString("初乗り1.2kmまで600円、以降270mごとに100円"), containsString("900円"), containsString("33%"),
						containsString("協議が調った対価を登録する"), not(containsString("申請の対価")), not(containsString("??")))));
	}

	@Test
	void staffRecordFaresAgreedBeforeTheSystemAndTheOldOnesStay() throws Exception {
		Tenant tenant = this.tenants.create();
		long operatorId = Registries.operator(this.operators, tenant, "特定非営利活動法人 登録テスト");
		this.setup.agree(operatorId, FarePersistenceTests.DISTANCE, this.today.minusYears(2), this.today.minusYears(2));
		String url = "/operators/" + operatorId + "/fares";
		this.mvc.perform(get(url).with(user(tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"2000\""), containsString("遠距離回送"),
					containsString("name=\"schedule.otherCharges[6].kind\""),
					not(containsString("name=\"schedule.otherCharges[7].kind\"")),
					containsString("タクシー運賃が登録されていないため"))));
		this.mvc
			.perform(fares(post(url), tenant.staff(), "agreedOn", this.today.minusDays(30).toString(), "effectiveFrom",
					this.today.toString()))
			.andExpect(redirectedUrl(url))
			.andExpect(flash().attribute("flashMessage", "flash.fare.agreed"));
		assertThat(count(operatorId)).isEqualTo(2);
		this.mvc.perform(get(url).with(user(tenant.staff())))
			.andExpect(content().string(allOf(containsString("時間制"), containsString("30分まで500円、以降15分ごとに200円"),
					containsString("キャンセル料"), containsString("前日17時以降の取消し"), containsString("1回300円"),
					containsString("適用終了"), containsString("2kmまで300円、以降1kmごとに100円"), containsString("事務局が直接登録"))));
		assertThat(this.jdbc
			.sql("select schedule -> 'fare' ->> 'method' from agreed_fare where operator_id = :o "
					+ "order by id desc limit 1")
			.param("o", operatorId)
			.query(String.class)
			.single()).isEqualTo("TIME");
	}

	@Test
	void badInputIsShownInJapaneseAndNothingIsSaved() throws Exception {
		Tenant tenant = this.tenants.create();
		long operatorId = Registries.operator(this.operators, tenant, "特定非営利活動法人 入力テスト");
		String url = "/operators/" + operatorId + "/fares";
		this.mvc
			.perform(fares(post(url), tenant.staff(), "schedule.baseFare", "", "schedule.incrementMinutes", "0",
					"schedule.otherCharges[0].appliesWhen", "", "schedule.otherCharges[2].kind", "OTHER",
					"schedule.otherCharges[2].amount", "abc", "schedule.otherCharges[2].unit", "PER_TRIP",
					"schedule.otherCharges[2].appliesWhen", "毎回", "schedule.dynamicBandLowerPercent", "51", "agreedOn",
					this.today.plusDays(1).toString(), "effectiveFrom", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("入力内容に誤りがあります"), containsString("基本運賃（円）を入力してください。"),
					containsString("加算時間（分）は1分から1,440分までで入力してください。"),
					containsString("運賃以外の料金（1行目）がかかる場合（適用の条件）を入力してください。"), containsString("運賃以外の料金（3行目）の名称を入力してください。"),
					containsString("半角数字で入力してください。"), containsString("割引の上限（%）は0%から50%までで入力してください"),
					containsString("適用開始日を入力してください。"), not(containsString("??")))));
		this.mvc
			.perform(fares(post(url), tenant.staff(), "agreedOn", this.today.plusDays(1).toString(), "effectiveFrom",
					this.today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("協議が調った日に今日より後の日付は入力できません。"), containsString("適用開始日は協議が調った日以降の日付にしてください。"))));
		this.mvc.perform(fares(post(url), tenant.staff(), "schedule.method", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("運賃の方式（距離制・時間制・定額制）を選んでください。")));
		assertThat(count(operatorId)).isZero();
	}

	@Test
	void anotherOperatorGets403OnStaffPagesAndSeesOnlyItsOwnFaresInThePortal() throws Exception {
		long before = count(this.nonbiri);
		AccountPrincipal tanto = principal("tanto");
		String url = "/operators/" + this.nonbiri + "/fares";
		this.mvc.perform(get(url).with(user(tanto))).andExpect(status().isForbidden());
		this.mvc.perform(fares(post(url), tanto)).andExpect(status().isForbidden());
		this.mvc.perform(get("/operator-portal/fares").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("特定非営利活動法人 たんと"), containsString("30分まで500円、以降15分ごとに200円"),
					containsString("階段介助"), not(containsString("2kmまで300円")), not(containsString("のんびり")),
					not(containsString("/operators/")), not(containsString("協議が調った対価を登録する")),
					not(containsString("<form class=\"form\"")), not(containsString("??")))));
		this.mvc.perform(post("/operator-portal/fares").with(user(tanto)).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
		this.mvc.perform(get("/operator-portal/fares").with(user(this.staff))).andExpect(status().isForbidden());
		this.mvc.perform(fares(post(url), this.staff).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		assertThat(count(this.nonbiri)).isEqualTo(before);
	}

	@Test
	void theOperatorSeesItsOwnFaresReadOnly() throws Exception {
		AccountPrincipal own = principal("nonbiri");
		this.mvc.perform(get("/").with(user(own)))
			.andExpect(content().string(containsString("/operator-portal/fares")));
		this.mvc.perform(get("/operator-portal/operator").with(user(own)))
			.andExpect(content().string(containsString("/operator-portal/fares")));
		this.mvc.perform(get("/operator-portal/fares").with(user(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("現在の対価"), containsString("2kmまで300円、以降1kmごとに100円"),
					containsString("対価の履歴"), containsString("対価の変更の協議申請"), not(containsString("name=\"schedule")),
					not(containsString("乗車例の対価とタクシー運賃との比較")), not(containsString("??")))));
	}

	@Test
	void anotherMunicipalitysStaffGet404AndMembers403AndNothingChanges() throws Exception {
		long before = count(this.nonbiri);
		AccountPrincipal staff2 = principal("staff2");
		String url = "/operators/" + this.nonbiri + "/fares";
		this.mvc.perform(get(url).with(user(staff2))).andExpect(status().isNotFound());
		this.mvc.perform(fares(post(url), staff2)).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(user(principal("member")))).andExpect(status().isForbidden());
		this.mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(url).with(user(principal("admin")))).andExpect(status().isOk());
		assertThat(count(this.nonbiri)).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder fares(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("agreedOn", "2025-02-20");
		fields.put("effectiveFrom", "2025-04-01");
		fields.put("schedule.method", "TIME");
		fields.put("schedule.baseMinutes", "30");
		fields.put("schedule.baseFare", "500");
		fields.put("schedule.incrementMinutes", "15");
		fields.put("schedule.incrementFare", "200");
		fields.put("schedule.baseMetres", "2000");
		fields.put("schedule.otherCharges[0].kind", "CANCELLATION");
		fields.put("schedule.otherCharges[0].amount", "300");
		fields.put("schedule.otherCharges[0].unit", "PER_TRIP");
		fields.put("schedule.otherCharges[0].appliesWhen", "前日17時以降の取消し");
		fields.put("schedule.otherCharges[1].kind", "");
		fields.put("schedule.otherCharges[1].unit", "");
		fields.put("schedule.dynamicBandUpperPercent", "");
		fields.put("schedule.dynamicBandLowerPercent", "");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(user(principal)).with(csrf());
	}

	private long count(long operatorId) {
		return this.jdbc.sql("select count(*) from agreed_fare where operator_id = :o")
			.param("o", operatorId)
			.query(Long.class)
			.single();
	}

	private long operator(String name) {
		return this.jdbc.sql("select id from operator where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
