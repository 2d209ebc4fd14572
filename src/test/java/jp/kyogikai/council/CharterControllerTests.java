package jp.kyogikai.council;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CharterControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
	}

	@Test
	void theFormShowsTheCurrentSettingsInJapanese() throws Exception {
		this.mvc.perform(get("/councils/{id}/charter/edit", this.tenant.councilId()).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("委員の定数"), containsString("value=\"10\""),
					containsString("委員の過半数が出席"), containsString("議長の決するところによる"), not(containsString("??")))));
	}

	@Test
	void validSettingsAreSavedAndShown() throws Exception {
		this.mvc.perform(valid("maxMembers", "15", "decisionRule", "TWO_THIRDS"))
			.andExpect(redirectedUrl("/councils/" + this.tenant.councilId()))
			.andExpect(flash().attribute("flashMessage", "flash.charter.updated"));
		assertThat(column("max_members")).isEqualTo("15");
		assertThat(column("decision_rule")).isEqualTo("TWO_THIRDS");
		this.mvc.perform(get("/councils/{id}", this.tenant.councilId()).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("15人以内"), containsString("3分の2以上"))));
	}

	@Test
	void zeroMembersIsRejectedWithAMessageAndNothingChanges() throws Exception {
		this.mvc.perform(valid("maxMembers", "0", "termMonths", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("charterForm", "maxMembers", "charter.range"))
			.andExpect(content().string(
					allOf(containsString("委員の定数は1から100までの数で入力してください。"), containsString("任期（月数）は1から60までの数で入力してください。"))));
		assertThat(column("max_members")).isEqualTo("10");
		assertThat(column("version")).isEqualTo("0");
	}

	@Test
	void anUnknownRuleIsRejectedWithAMessageAndNothingChanges() throws Exception {
		this.mvc.perform(valid("quorumRule", "THREE_QUARTERS", "maxMembers", "12"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("charterForm", "quorumRule", "typeMismatch"))
			.andExpect(content().string(containsString("会議の成立（定足数）は選択肢から選んでください。")));
		assertThat(column("quorum_rule")).isEqualTo("MAJORITY");
		assertThat(column("max_members")).isEqualTo("10");
	}

	@Test
	void insuranceBelowTheStatutoryMinimumIsRejected() throws Exception {
		this.mvc.perform(valid("insuranceMinPerPerson", "50000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("対人賠償の最低額は告示の基準（80,000,000円）以上にしてください。")));
		assertThat(column("insurance_min_per_person")).isEqualTo("80000000");
	}

	@Test
	void aCouncilsOwnInsuranceMinimumsWithUnlimitedAreSavedShownAndKeptInTheHistory() throws Exception {
		this.mvc
			.perform(valid("insuranceMinPerPerson", "", "insuranceMinPerPersonUnlimited", "true",
					"insuranceMinProperty", "20000000", "insuranceMinPassenger", "5000000"))
			.andExpect(redirectedUrl("/councils/" + this.tenant.councilId()));
		assertThat(column("insurance_min_per_person")).isEqualTo("-1");
		assertThat(column("insurance_min_property")).isEqualTo("20000000");
		assertThat(column("insurance_min_passenger")).isEqualTo("5000000");
		this.mvc.perform(get("/councils/{id}", this.tenant.councilId()).with(user(this.tenant.staff())))
			.andExpect(content()
				.string(containsString("対人 無制限（1人につき）、対物 20,000,000円以上（1事故につき）、搭乗者傷害 5,000,000円以上（1人につき）")));
		this.mvc.perform(get("/councils/{id}/charter/edit", this.tenant.councilId()).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("搭乗者傷害の最低額（円）"), containsString("value=\"5000000\""),
					containsString("value=\"20000000\""), containsString("無制限とする"), not(containsString("??")))))
			.andExpect(model().attribute("charterForm",
					allOf(hasProperty("insuranceMinPerPersonUnlimited", is(true)),
							hasProperty("insuranceMinPerPerson", nullValue()),
							hasProperty("insuranceMinPropertyUnlimited", is(false)))));
		assertThat(this.jdbc.sql("""
				select a.insurance_min_passenger from charter_aud a join charter c on c.id = a.id
				where c.council_id = :id order by a.rev
				""").param("id", this.tenant.councilId()).query(Long.class).list()).containsExactly(0L, 5_000_000L);
		this.mvc.perform(get("/councils/{id}/charter/history", this.tenant.councilId()).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("対人賠償の最低額"), containsString("80,000,000円以上"),
					containsString("無制限"), containsString("搭乗者傷害の最低額"), containsString("補償があること（金額を問わない）"),
					containsString("5,000,000円以上"), not(containsString(">-1<")), not(containsString("??")))));
		this.mvc.perform(valid("insuranceMinPropertyUnlimited", "true", "insuranceMinProperty", "3000000"))
			.andExpect(status().is3xxRedirection());
		assertThat(column("insurance_min_property")).isEqualTo("-1");
		assertThat(column("insurance_min_per_person")).isEqualTo("80000000");
	}

	@Test
	void anInsuranceAmountIsRequiredUnlessUnlimitedIsTickedAndNothingChanges() throws Exception {
		this.mvc.perform(valid("insuranceMinPerPerson", "", "insuranceMinProperty", "", "maxMembers", "12"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("charterForm", "insuranceMinPerPerson", "NotNull"))
			.andExpect(content().string(allOf(containsString("対人賠償の最低額を入力してください。"),
					containsString("対物賠償の最低額を入力してください。"), not(containsString("??")))));
		this.mvc.perform(valid("insuranceMinPassenger", "", "maxMembers", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("搭乗者傷害の最低額を入力してください。")));
		this.mvc.perform(valid("insuranceMinPassenger", "-1", "maxMembers", "12"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("charterForm", "insuranceMinPassenger",
					"charter.insurance.negative"))
			.andExpect(content().string(containsString("搭乗者傷害の最低額は0以上の金額で入力してください（0は金額を問わず補償を求めます）。")));
		this.mvc.perform(valid("insuranceMinProperty", "1999999", "maxMembers", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("対物賠償の最低額は告示の基準（2,000,000円）以上にしてください。")));
		this.mvc.perform(valid("insuranceMinPerPerson", "-1", "maxMembers", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("対人賠償の最低額は告示の基準（80,000,000円）以上にしてください。")));
		assertThat(column("max_members")).isEqualTo("10");
		assertThat(column("insurance_min_per_person")).isEqualTo("80000000");
		assertThat(column("insurance_min_property")).isEqualTo("2000000");
		assertThat(column("insurance_min_passenger")).isEqualTo("0");
		assertThat(column("version")).isEqualTo("0");
	}

	@Test
	void lettersInANumberFieldGetAClearMessage() throws Exception {
		this.mvc.perform(valid("maxMembers", "十"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("委員の定数は半角数字で入力してください。")));
	}

	@Test
	void aSaveMadeFromAnOutdatedFormDoesNotOverwriteAnotherStaffMembersChange() throws Exception {
		this.mvc.perform(valid("maxMembers", "12")).andExpect(status().is3xxRedirection());
		this.mvc.perform(valid("maxMembers", "8", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(column("max_members")).isEqualTo("12");
	}

	@Test
	void everyChangeIsKeptInTheHistoryWithWhoMadeIt() throws Exception {
		this.mvc.perform(valid("maxMembers", "11", "chairVotes", "true")).andExpect(status().is3xxRedirection());
		String username = this.jdbc.sql("""
				select r.username from charter_aud a join audit_revision r on r.id = a.rev
				join charter c on c.id = a.id where c.council_id = :id and a.revtype = 1
				""").param("id", this.tenant.councilId()).query(String.class).single();
		assertThat(username).isEqualTo(this.tenant.staff().getUsername());
		this.mvc.perform(get("/councils/{id}/charter/history", this.tenant.councilId()).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.tenant.staff().getUsername()),
					containsString("委員の定数"), containsString(">10<"), containsString(">11<"), containsString("登録"),
					not(containsString("??")))));
	}

	/**
	 * A complete, valid form, with some fields replaced.
	 * @param overrides field names and values, in pairs
	 */
	private MockHttpServletRequestBuilder valid(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("maxMembers", "10");
		fields.put("termMonths", "12");
		fields.put("quorumRule", "MAJORITY");
		fields.put("decisionRule", "MAJORITY_OF_PRESENT");
		fields.put("decisionBase", "PRESENT_AND_ENTITLED");
		fields.put("tieBreak", "CHAIR_DECIDES");
		fields.put("proxyPolicy", "COUNTS_AND_VOTES");
		fields.put("recusalEnabled", "true");
		fields.put("meetingsPublicByDefault", "true");
		fields.put("insuranceMinPerPerson", "80000000");
		fields.put("insuranceMinProperty", "2000000");
		fields.put("insuranceMinPassenger", "0");
		fields.put("proposalDeadlineMonths", "2");
		fields.put("discussionDeadlineMonths", "4");
		fields.put("amendedOn", "2017-04-01");
		fields.put("text", "設置要綱の本文");
		fields.put("version", currentVersion());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/councils/{id}/charter", this.tenant.councilId())
			.with(user(this.tenant.staff()))
			.with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private String currentVersion() {
		return column("version");
	}

	private String column(String name) {
		return this.jdbc.sql("select " + name + "::text from charter where council_id = :id")
			.param("id", this.tenant.councilId())
			.query(String.class)
			.single();
	}

}
