package jp.kyogikai.fare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyogikai.application.rule.TaxiFare;
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
 * The taxi fares staff keep ({@code /fares/taxi}): SECRETARIAT its own municipality's,
 * ADMIN any; the fare in force is the one compared with.
 */
@IntegrationTest
class TaxiFareControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestTenants tenants;

	@Autowired
	FareService fares;

	@Autowired
	Clock clock;

	Tenant tenant;

	String base;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.base = "/fares/taxi/" + this.tenant.municipality().getId();
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void staffAddAndCorrectTheirTaxiFareAndTheOneInForceIsUsed() throws Exception {
		this.mvc.perform(get("/fares/taxi").with(user(this.tenant.staff()))).andExpect(redirectedUrl(this.base));
		this.mvc.perform(get(this.base).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.tenant.municipality().getName()),
					containsString("登録されていません。"), not(containsString("??")))));
		this.mvc.perform(taxi(post(this.base), this.tenant.staff()))
			.andExpect(redirectedUrl(this.base))
			.andExpect(flash().attribute("flashMessage", "flash.taxiFare.added"));
		this.mvc
			.perform(taxi(post(this.base), this.tenant.staff(), "initialFare", "700", "timeMinutes", "30", "timeFare",
					"2900", "effectiveFrom", this.today.plusDays(30).toString()))
			.andExpect(redirectedUrl(this.base));
		assertThat(this.fares.taxiFare(this.tenant.municipality().getId()))
			.contains(TaxiFare.byDistance(1_200, 600, 270, 100));
		long id = fareId(this.today.minusYears(1));
		this.mvc.perform(get(this.base).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("初乗り1.2kmまで600円、以降270mごとに100円"),
					containsString("初乗り1.2kmまで700円、以降270mごとに100円（時間制運賃 30分ごとに2,900円）"), containsString("中型車"),
					containsString(this.base + "/" + id + "/edit"))));
		this.mvc.perform(get(this.base + "/" + id + "/edit").with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"1200\""), containsString("中型車"))));
		this.mvc.perform(taxi(post(this.base + "/" + id + "/edit"), this.tenant.staff(), "incrementMetres", "260"))
			.andExpect(redirectedUrl(this.base))
			.andExpect(flash().attribute("flashMessage", "flash.taxiFare.updated"));
		assertThat(this.fares.taxiFare(this.tenant.municipality().getId()))
			.contains(TaxiFare.byDistance(1_200, 600, 260, 100));
		this.mvc.perform(taxi(post(this.base + "/" + id + "/edit"), this.tenant.staff(), "incrementMetres", "250"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(this.fares.taxiFare(this.tenant.municipality().getId()))
			.contains(TaxiFare.byDistance(1_200, 600, 260, 100));
		assertThat(Registries.revisions(this.jdbc, "taxi_fare", id)).hasSize(2);
	}

	@Test
	void badInputIsShownInJapaneseAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(taxi(post(this.base), this.tenant.staff(), "initialMetres", "", "initialFare", "0", "timeFare",
					"2700", "effectiveFrom", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("初乗り距離（m）を入力してください。"), containsString("適用開始日を入力してください。"),
					not(containsString("??")))));
		this.mvc.perform(taxi(post(this.base), this.tenant.staff(), "initialFare", "0", "timeFare", "2700"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("初乗り運賃（円）は1円から100,000円までで入力してください。"),
					containsString("時間制運賃を入力するときは、その単位時間（分）も入力してください。"))));
		this.mvc.perform(taxi(post(this.base), this.tenant.staff(), "incrementMetres", "270m"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("加算距離（m）は半角数字で入力してください。")));
		assertThat(count()).isZero();
		this.mvc.perform(taxi(post(this.base), this.tenant.staff())).andExpect(status().is3xxRedirection());
		this.mvc.perform(taxi(post(this.base), this.tenant.staff(), "initialFare", "650"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同じ適用開始日のタクシー運賃がすでに登録されています。")));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void otherMunicipalitiesGet404OperatorsAndMembers403AndAdminSeesAll() throws Exception {
		this.mvc.perform(taxi(post(this.base), this.tenant.staff())).andExpect(status().is3xxRedirection());
		long id = fareId(this.today.minusYears(1));
		AccountPrincipal otherStaff = principal("staff");
		for (String url : new String[] { this.base, this.base + "/" + id + "/edit" }) {
			this.mvc.perform(get(url).with(user(otherStaff))).andExpect(status().isNotFound());
			this.mvc.perform(get(url).with(user(principal("nonbiri")))).andExpect(status().isForbidden());
			this.mvc.perform(get(url).with(user(principal("member")))).andExpect(status().isForbidden());
			this.mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(taxi(post(this.base), otherStaff, "effectiveFrom", this.today.toString()))
			.andExpect(status().isNotFound());
		this.mvc.perform(taxi(post(this.base + "/" + id + "/edit"), otherStaff, "initialFare", "1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(taxi(post(this.base), principal("nonbiri"), "effectiveFrom", this.today.toString()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(taxi(post(this.base), this.tenant.staff(), "effectiveFrom", this.today.toString())
				.with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		long sakuFare = this.jdbc.sql("select min(id) from taxi_fare where municipality_id = :m")
			.param("m", otherStaff.municipalityId())
			.query(Long.class)
			.single();
		this.mvc.perform(get(this.base + "/" + sakuFare + "/edit").with(user(this.tenant.staff())))
			.andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(1);
		assertThat(this.fares.taxiFare(this.tenant.municipality().getId()))
			.contains(TaxiFare.byDistance(1_200, 600, 270, 100));
		AccountPrincipal admin = principal("admin");
		this.mvc.perform(get("/fares/taxi").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("佐久市"), containsString("小諸市"),
					containsString(this.tenant.municipality().getName()), containsString(this.base))));
		this.mvc.perform(taxi(post(this.base), admin, "effectiveFrom", this.today.toString()))
			.andExpect(redirectedUrl(this.base));
		assertThat(count()).isEqualTo(2);
	}

	private MockHttpServletRequestBuilder taxi(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("initialMetres", "1200");
		fields.put("initialFare", "600");
		fields.put("incrementMetres", "270");
		fields.put("incrementFare", "100");
		fields.put("timeMinutes", "");
		fields.put("timeFare", "");
		fields.put("effectiveFrom", this.today.minusYears(1).toString());
		fields.put("note", "中型車");
		fields.put("version", "0");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(user(principal)).with(csrf());
	}

	private long fareId(LocalDate effectiveFrom) {
		return this.jdbc.sql("select id from taxi_fare where municipality_id = :m and effective_from = :d")
			.param("m", this.tenant.municipality().getId())
			.param("d", effectiveFrom)
			.query(Long.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from taxi_fare where municipality_id = :m")
			.param("m", this.tenant.municipality().getId())
			.query(Long.class)
			.single();
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
