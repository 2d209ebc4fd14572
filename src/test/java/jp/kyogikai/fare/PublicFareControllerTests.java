package jp.kyogikai.fare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.FlatFare;
import jp.kyogikai.application.rule.TaxiFare;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.operator.OperatorType;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.SqlStatements;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public page of a municipality's fares
 * ({@code /public/municipalities/{code}/fares}): no login, registered operators only,
 * agreed fares only, nothing else.
 */
@IntegrationTest
class PublicFareControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	FareSetupService setup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatements statements;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void anyoneReadsTheDemoFaresWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/public/municipalities/202177/fares"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("佐久市 福祉有償運送の対価"), containsString("特定非営利活動法人 のんびり"),
					containsString("令和7年4月1日から適用"), containsString("2kmまで300円、以降1kmごとに100円"), containsString("迎車回送料金"),
					containsString("自宅などへ迎えに行くとき"), containsString("30分ごとに200円"),
					not(containsString("2kmまで250円、以降1kmごとに80円")), not(containsString("特定非営利活動法人 たんと")),
					not(containsString("ログアウト")), not(containsString("/operators")), not(containsString("タクシー運賃")),
					not(containsString("??")))));
	}

	@Test
	void onlyRegisteredOperatorsAndTheirAgreedFaresAreShownAndNothingPersonal() throws Exception {
		Tenant tenant = this.tenants.create();
		long registered = operator(tenant, "特定非営利活動法人 公表する会", this.today.plusYears(1), null);
		long expired = operator(tenant, "特定非営利活動法人 期限切れの会", this.today.minusDays(1), null);
		long unknown = operator(tenant, "特定非営利活動法人 期限不明の会", null, null);
		long notYet = operator(tenant, "特定非営利活動法人 これからの会", this.today.plusYears(2), this.today.plusDays(1));
		long noFares = operator(tenant, "特定非営利活動法人 対価未登録の会", this.today.plusYears(1), null);
		this.jdbc
			.sql("update operator set representative = '理事長 秘密 太郎', address = '長野県秘密町1-2-3', "
					+ "registration_number = '秘福第９９号' where id = :id")
			.param("id", registered)
			.update();
		for (long id : List.of(registered, expired, unknown, notYet)) {
			this.setup.agree(id, FareSchedule.of(new DistanceFare(2_000, 310 + id % 7, 1_000, 100)),
					this.today.minusYears(1), this.today.minusYears(1));
		}
		this.setup.agree(registered, FareSchedule.of(new FlatFare(777)), this.today.plusMonths(2), this.today);
		this.setup.taxiFare(tenant.municipality().getId(), TaxiFare.byDistance(1_000, 500, 250, 100),
				this.today.minusYears(1), "非公開の備考");
		String url = "/public/municipalities/" + tenant.municipality().getCode() + "/fares";
		this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("特定非営利活動法人 公表する会"),
					containsString("2kmまで" + (310 + registered % 7) + "円、以降1kmごとに100円"), containsString("1回777円"),
					containsString("からの対価"), containsString("特定非営利活動法人 対価未登録の会"),
					containsString("現在適用されている対価の掲載はありません"), not(containsString("期限切れの会")),
					not(containsString("期限不明の会")), not(containsString("これからの会")), not(containsString("秘密")),
					not(containsString("秘福")), not(containsString("非公開の備考")), not(containsString("初乗り")),
					not(containsString("協議が調った日")), not(containsString("<form")), not(containsString("??")))));
		this.mvc.perform(get(url).with(user(this.users.loadUserByUsername("staff2")))).andExpect(status().isOk());
		assertThat(noFares).isPositive();
	}

	@Test
	void unknownMunicipalitiesAndOtherPublicAddressesAreNotServed() throws Exception {
		this.mvc.perform(get("/public/municipalities/999999/fares")).andExpect(status().isNotFound());
		this.mvc.perform(get("/public/municipalities/abc/fares")).andExpect(status().isNotFound());
		this.mvc.perform(get("/public/municipalities/202177/fares/1")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/public/municipalities/202177")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/public/municipalities/202177/fares").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/fares/taxi")).andExpect(status().is3xxRedirection());
	}

	@Test
	void thePageSendsAsManyStatementsForManyOperatorsAsForOne() throws Exception {
		Tenant one = this.tenants.create();
		long single = operator(one, "特定非営利活動法人 ひとつ", this.today.plusYears(1), null);
		this.setup.agree(single, FareSchedule.of(new FlatFare(500)), this.today.minusYears(1),
				this.today.minusYears(1));
		Tenant many = this.tenants.create();
		for (int i = 0; i < 12; i++) {
			long id = operator(many, "特定非営利活動法人 たくさん" + i, this.today.plusYears(1), null);
			this.setup.agree(id, FareSchedule.of(new FlatFare(400 + i)), this.today.minusYears(2),
					this.today.minusYears(2));
			this.setup.agree(id, FareSchedule.of(new DistanceFare(2_000, 300 + i, 1_000, 100)),
					this.today.minusYears(1), this.today.minusYears(1));
		}
		int forOne = count("/public/municipalities/" + one.municipality().getCode() + "/fares");
		int forMany = count("/public/municipalities/" + many.municipality().getCode() + "/fares");
		System.out.printf("SQL statements for the public fares page: one operator %d, twelve operators %d%n", forOne,
				forMany);
		assertThat(forMany).isEqualTo(forOne).isLessThanOrEqualTo(3);
	}

	private int count(String url) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return this.statements.count();
	}

	private long operator(Tenant tenant, String name, LocalDate expiresOn, LocalDate validFrom) {
		long id = this.operators
			.save(new Operator(tenant.municipality().getId(), name, OperatorType.NPO, null, expiresOn))
			.getId();
		if (validFrom != null) {
			this.jdbc.sql("update operator set valid_from = :d where id = :id")
				.param("d", validFrom)
				.param("id", id)
				.update();
		}
		return id;
	}

}
