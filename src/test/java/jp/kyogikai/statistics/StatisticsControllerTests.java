package jp.kyogikai.statistics;

import java.time.Clock;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static jp.kyogikai.statistics.StatisticsTestSupport.asOf;
import static jp.kyogikai.statistics.StatisticsTestSupport.companies;
import static jp.kyogikai.statistics.StatisticsTestSupport.figure;
import static jp.kyogikai.statistics.StatisticsTestSupport.figures;
import static jp.kyogikai.statistics.StatisticsTestSupport.yearExists;
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
 * The statistics pages for staff: the demo year as the seed shows it, starting a year,
 * editing tables with validation and optimistic locking, copying the previous year.
 */
@IntegrationTest
class StatisticsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestTenants tenants;

	@Autowired
	Clock clock;

	@Test
	void theDemoYearShowsTheSeedsTablesWithTheirTotals() throws Exception {
		AccountPrincipal staff = principal("staff");
		this.mvc.perform(get("/").with(user(staff)))
			.andExpect(content().string(containsString("href=\"/statistics\"")));
		this.mvc.perform(get("/statistics").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("佐久市 市町村の統計"), containsString("href=\"/statistics/2025\""),
					containsString("令和7年度"), not(containsString("??")))));
		this.mvc.perform(get("/statistics/2025").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("佐久市の状況（令和7年度）"), containsString("◎ 人口等の状況（令和7年5月末現在）"),
					containsString("97,234"), containsString("30,709"), containsString("31.6"),
					containsString("◎ 要介護認定者の状況"), containsString("(1) 要介護（要支援）認定者数（令和7年3月時点）"),
					containsString("4,611"), containsString("4,261"), containsString("4,657"),
					containsString("(2) 居宅介護（要介護）サービス受給者数（令和7年4月提供サービス分）"), containsString("3,049"),
					containsString("3,920"), containsString("1,718"), containsString("1,035"), containsString("1,362"),
					containsString("小海線 10駅(中佐都駅～青沼駅) 北陸新幹線 1駅(佐久平駅)"), containsString("しげのマツバタクシー(有)"),
					containsString("八千穂タクシー有限会社"), containsString("◎ 外出支援サービス（令和6年度実績）"), containsString(">618<"),
					not(containsString("??")))));
	}

	@Test
	void staffStartAYearAndEnterATableTheTotalsAreComputed() throws Exception {
		Tenant tenant = this.tenants.create();
		long id = tenant.municipality().getId();
		int year = StatisticsTestSupport.currentYear(this.clock).startYear();
		AccountPrincipal staff = tenant.staff();
		this.mvc.perform(post("/statistics").param("fiscalYear", Integer.toString(year)).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/statistics/" + year))
			.andExpect(flash().attribute("flashMessageText", containsString("の統計を作りました")));
		assertThat(figures(this.jdbc, id, year)).isZero();
		this.mvc.perform(get("/statistics/{y}", year).with(user(staff)))
			.andExpect(content().string(allOf(containsString("未入力です。"), not(containsString("??")))));
		this.mvc.perform(get("/statistics/{y}/tables/population", year).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("「人口等の状況」の編集"), containsString("うち65歳以上人口"),
					containsString("name=\"cells[POPULATION-PERSONS]\""), not(containsString("??")))));
		this.mvc
			.perform(post("/statistics/{y}/tables/population", year).param("asOf", "令和8年5月末現在")
				.param("version", "0")
				.param("cells[POPULATION-PERSONS]", "96,500")
				.param("cells[AGED_65_PLUS-PERSONS]", "３０８００")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/statistics/" + year + "#population"));
		assertThat(figure(this.jdbc, id, year, "POPULATION", "POPULATION", "PERSONS")).isEqualTo(96_500);
		assertThat(figure(this.jdbc, id, year, "POPULATION", "AGED_65_PLUS", "PERSONS")).isEqualTo(30_800);
		assertThat(asOf(this.jdbc, id, year, "POPULATION")).isEqualTo("令和8年5月末現在");
		this.mvc.perform(get("/statistics/{y}", year).with(user(staff)))
			.andExpect(content().string(allOf(containsString("96,500"), containsString("30,800"),
					containsString("31.9"), containsString("◎ 人口等の状況（令和8年5月末現在）"))));
		assertThat(this.jdbc.sql("""
				select count(*) from statistics_figure_aud a join statistics_table t on t.id = a.table_id
				join statistics_year y on y.id = t.year_id where y.municipality_id = :m and a.revtype = 0
				""").param("m", id).query(Long.class).single()).isEqualTo(2);

		// the version the form was made from is stale now: nothing changes
		this.mvc
			.perform(post("/statistics/{y}/tables/population", year).param("asOf", "")
				.param("version", "0")
				.param("cells[POPULATION-PERSONS]", "1")
				.param("cells[AGED_65_PLUS-PERSONS]", "1")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(figure(this.jdbc, id, year, "POPULATION", "POPULATION", "PERSONS")).isEqualTo(96_500);
		assertThat(asOf(this.jdbc, id, year, "POPULATION")).isEqualTo("令和8年5月末現在");
	}

	@Test
	void badCountsAreRefusedInJapaneseAndNothingChanges() throws Exception {
		Tenant tenant = this.tenants.create();
		long id = tenant.municipality().getId();
		int year = StatisticsTestSupport.currentYear(this.clock).startYear();
		create(tenant.staff(), year, false);
		this.mvc
			.perform(post("/statistics/{y}/tables/care-certification", year).param("asOf", "x".repeat(51))
				.param("version", "0")
				.params(careForm("7", "-1", "", "abc", "100000000"))
				.with(user(tenant.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("時点は50文字以内で入力してください。"),
					containsString("第2号被保険者・要介護1は0以上の整数で入力してください（例：1234、1,234）。"),
					containsString("第2号被保険者・要介護2を入力してください（0のときは0）。"), containsString("第2号被保険者・要介護3は0以上の整数で入力してください"),
					containsString("第2号被保険者・要介護4は99,999,999以下にしてください。"), containsString("cell--error"),
					containsString("value=\"abc\""), not(containsString("??")))));
		this.mvc
			.perform(post("/statistics/{y}/tables/population", year).param("version", "0")
				.param("cells[POPULATION-PERSONS]", "100")
				.param("cells[AGED_65_PLUS-PERSONS]", "101")
				.with(user(tenant.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("うち65歳以上人口（101人）が人口（100人）を超えています。")));
		assertThat(figures(this.jdbc, id, year)).isZero();
		this.mvc
			.perform(post("/statistics/{y}/tables/care-certification", year).param("version", "0")
				.params(careForm("7", "5", "13", "6", "5"))
				.with(user(tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/statistics/{y}", year).with(user(tenant.staff())))
			.andExpect(content().string(allOf(containsString("4,611"), containsString("4,657"))));
		this.mvc.perform(get("/statistics/{y}/tables/no-such-table", year).with(user(tenant.staff())))
			.andExpect(status().isNotFound());
	}

	@Test
	void companiesAreEnteredInOrderBlankRowsDropped() throws Exception {
		Tenant tenant = this.tenants.create();
		long id = tenant.municipality().getId();
		int year = StatisticsTestSupport.currentYear(this.clock).startYear();
		create(tenant.staff(), year, false);
		this.mvc.perform(get("/statistics/{y}/tables/taxi", year).with(user(tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"companies[2].count\""),
					not(containsString("name=\"companies[3].count\"")), containsString("所有車両数"))));
		this.mvc.perform(taxi(year, "八").with(user(tenant.staff())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("3行目の所有車両数は0以上の整数で入力してください"),
					containsString("name=\"companies[3].count\""), not(containsString("??")))));
		assertThat(companies(this.jdbc, id, year, "TAXI")).isEmpty();
		this.mvc.perform(taxi(year, "8").with(user(tenant.staff())).with(csrf()))
			.andExpect(redirectedUrl("/statistics/" + year + "#taxi"));
		assertThat(companies(this.jdbc, id, year, "TAXI")).containsExactly("1:佐久小諸観光株式会社:6:佐久", "2:望月ハイヤー有限会社:8:望月");
		this.mvc
			.perform(post("/statistics/{y}/tables/taxi", year)
				.param("version", Long.toString(StatisticsTestSupport.version(this.jdbc, id, year, "TAXI")))
				.param("companies[0].name", "")
				.param("companies[0].count", "")
				.param("companies[1].name", "望月ハイヤー有限会社")
				.param("companies[1].detail", "望月")
				.param("companies[1].count", "9")
				.with(user(tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(companies(this.jdbc, id, year, "TAXI")).containsExactly("1:望月ハイヤー有限会社:9:望月");
		this.mvc.perform(get("/statistics/{y}", year).with(user(tenant.staff())))
			.andExpect(content().string(allOf(containsString("望月ハイヤー有限会社"), not(containsString("佐久小諸観光")))));
	}

	@Test
	void aNewYearCopiesTheLatestEarlierYear() throws Exception {
		Tenant tenant = this.tenants.create();
		long id = tenant.municipality().getId();
		AccountPrincipal staff = tenant.staff();
		FiscalYear current = StatisticsTestSupport.currentYear(this.clock);
		int previous = current.startYear() - 2;
		int year = current.startYear();
		this.mvc
			.perform(post("/statistics").param("fiscalYear", Integer.toString(previous))
				.param("copyPrevious", "true")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/statistics"))
			.andExpect(flash().attribute("flashErrorText", containsString("より前の年度の統計がないため、写せません")));
		assertThat(yearExists(this.jdbc, id, previous)).isFalse();
		create(staff, previous, false);
		this.mvc
			.perform(post("/statistics/{y}/tables/outing-support", previous).param("asOf", "実績")
				.param("version", "0")
				.param("cells[ELDERLY-USERS]", "36")
				.param("cells[ELDERLY-TRIPS]", "529")
				.param("cells[DISABLED-USERS]", "5")
				.param("cells[DISABLED-TRIPS]", "89")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/statistics/{y}/tables/railway", previous).param("version", "0")
				.param("companies[0].name", "JR東日本")
				.param("companies[0].count", "2")
				.param("companies[0].detail", "小海線")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/statistics").param("fiscalYear", Integer.toString(year))
				.param("copyPrevious", "true")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/statistics/" + year))
			.andExpect(flash().attribute("flashMessageText",
					containsString(new FiscalYear(previous).label() + "の内容を写して" + current.label() + "の統計を作りました")));
		assertThat(figure(this.jdbc, id, year, "OUTING_SUPPORT", "DISABLED", "TRIPS")).isEqualTo(89);
		assertThat(asOf(this.jdbc, id, year, "OUTING_SUPPORT")).isEqualTo("実績");
		assertThat(companies(this.jdbc, id, year, "RAILWAY")).containsExactly("1:JR東日本:2:小海線");
		this.mvc
			.perform(post("/statistics/{y}/tables/outing-support", year).param("version", "0")
				.param("cells[ELDERLY-USERS]", "40")
				.param("cells[ELDERLY-TRIPS]", "600")
				.param("cells[DISABLED-USERS]", "6")
				.param("cells[DISABLED-TRIPS]", "90")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(figure(this.jdbc, id, year, "OUTING_SUPPORT", "DISABLED", "TRIPS")).isEqualTo(90);
		assertThat(figure(this.jdbc, id, previous, "OUTING_SUPPORT", "DISABLED", "TRIPS")).isEqualTo(89);
		this.mvc.perform(post("/statistics").param("fiscalYear", Integer.toString(year)).with(user(staff)).with(csrf()))
			.andExpect(flash().attribute("flashErrorText", current.label() + "の統計はすでにあります。"));
		this.mvc
			.perform(post("/statistics").param("fiscalYear", Integer.toString(year + 2)).with(user(staff)).with(csrf()))
			.andExpect(flash().attribute("flashErrorText", containsString("の統計は追加できません")));
		assertThat(yearExists(this.jdbc, id, year + 2)).isFalse();
		this.mvc.perform(get("/statistics").with(user(staff)))
			.andExpect(content().string(allOf(containsString("href=\"/statistics/" + year + "\""),
					containsString("href=\"/statistics/" + previous + "\""),
					not(containsString("<option value=\"" + year + "\"")))));
		this.mvc.perform(post("/statistics/{y}/delete", previous).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/statistics"));
		assertThat(yearExists(this.jdbc, id, previous)).isFalse();
		assertThat(figure(this.jdbc, id, year, "OUTING_SUPPORT", "DISABLED", "TRIPS")).isEqualTo(90);
		assertThat(this.jdbc.sql("select count(*) from statistics_year_aud where municipality_id = :m and revtype = 2")
			.param("m", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static MockHttpServletRequestBuilder taxi(int year, String thirdCount) {
		return post("/statistics/{y}/tables/taxi", year).param("asOf", "長野県タクシー協会HP参考")
			.param("version", "0")
			.param("companies[0].name", "佐久小諸観光株式会社")
			.param("companies[0].detail", "佐久")
			.param("companies[0].count", "6")
			.param("companies[1].name", "")
			.param("companies[1].detail", "")
			.param("companies[1].count", "")
			.param("companies[2].name", "望月ハイヤー有限会社")
			.param("companies[2].detail", "望月")
			.param("companies[2].count", thirdCount);
	}

	private void create(AccountPrincipal staff, int year, boolean copy) throws Exception {
		this.mvc
			.perform(post("/statistics").param("fiscalYear", Integer.toString(year))
				.param("copyPrevious", Boolean.toString(copy))
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/statistics/" + year));
	}

	/**
	 * The seed's 要介護認定者数, with the 第2号被保険者 row's first five levels as given.
	 */
	static org.springframework.util.MultiValueMap<String, String> careForm(String... second) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		String[] levels = { "SUPPORT", "CARE_1", "CARE_2", "CARE_3", "CARE_4", "CARE_5" };
		long[] young = { 75, 83, 71, 41, 49, 31 };
		long[] old = { 788, 899, 796, 602, 716, 460 };
		String[] secondRow = { second[0], second[1], second[2], second[3], second[4], "10" };
		for (int i = 0; i < levels.length; i++) {
			form.add("cells[AGED_65_74-" + levels[i] + "]", Long.toString(young[i]));
			form.add("cells[AGED_75_PLUS-" + levels[i] + "]", Long.toString(old[i]));
			form.add("cells[SECOND_INSURED-" + levels[i] + "]", secondRow[i]);
		}
		return form;
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
