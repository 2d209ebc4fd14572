package jp.kyogikai.operator;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An operator keeps its own offices in the portal; staff keep their way on the operator's
 * page.
 */
@IntegrationTest
class OfficePortalControllerTests {

	static final String BASE = "/operator-portal/offices";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OperatorRepository operators;

	@Autowired
	TestData data;

	Tenant tenant;

	long operatorId;

	AccountPrincipal operatorUser;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.operatorId = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 事務所テスト");
		this.operatorUser = Registries.operatorUser(this.operatorId);
	}

	@Test
	void anOperatorAddsEditsAndDeletesItsOffices() throws Exception {
		this.mvc.perform(get("/operator-portal/operator").with(user(this.operatorUser)))
			.andExpect(content().string(containsString(BASE)));
		this.mvc.perform(get(BASE).with(user(this.operatorUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("事務所はまだ登録されていません。"), containsString("事務所を追加する"), not(containsString("??")))));
		this.mvc.perform(post(BASE).param("name", " ").with(user(this.operatorUser)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("事務所の名称を入力してください。")));
		assertThat(offices()).isZero();
		this.mvc
			.perform(post(BASE).param("name", " 本部事務所 ")
				.param("location", "佐久市中込1-1")
				.with(user(this.operatorUser))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE))
			.andExpect(flash().attribute("flashMessage", "flash.office.added"));
		long office = officeId("本部事務所");
		this.mvc.perform(get(BASE).with(user(this.operatorUser)))
			.andExpect(content().string(allOf(containsString("本部事務所"), containsString("佐久市中込1-1"),
					containsString("車両0台・責任者0人"), containsString(BASE + "/" + office + "/edit"))));
		this.mvc.perform(get(BASE + "/{o}/edit", office).with(user(this.operatorUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("事務所の編集"), containsString("本部事務所"))));
		this.mvc
			.perform(post(BASE + "/{o}/edit", office).param("name", "佐久本部")
				.param("location", "")
				.param("version", "0")
				.with(user(this.operatorUser))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE))
			.andExpect(flash().attribute("flashMessage", "flash.office.updated"));
		assertThat(column(office, "name")).isEqualTo("佐久本部");
		assertThat(column(office, "location")).isNull();
		this.mvc
			.perform(post(BASE + "/{o}/edit", office).param("name", "")
				.param("version", "1")
				.with(user(this.operatorUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("事務所の名称を入力してください。")));
		assertThat(column(office, "name")).isEqualTo("佐久本部");
		this.mvc.perform(post(BASE + "/{o}/delete", office).with(user(this.operatorUser)).with(csrf()))
			.andExpect(redirectedUrl(BASE))
			.andExpect(flash().attribute("flashMessage", "flash.office.deleted"));
		assertThat(offices()).isZero();
		assertThat(Registries.revisions(this.jdbc, "office", office)).hasSize(3);
		assertThat(this.jdbc.sql("""
				select r.username from office_aud a join audit_revision r on r.id = a.rev
				where a.id = :id order by a.rev
				""").param("id", office).query(String.class).list()).containsOnly(this.operatorUser.getUsername());
	}

	@Test
	void anEditFromAnOutdatedFormIsRefused() throws Exception {
		long office = Registries.addOffice(this.mvc, this.jdbc, this.tenant.staff(), this.operatorId, "本部事務所");
		this.mvc
			.perform(post(BASE + "/{o}/edit", office).param("name", "先に保存された名称")
				.param("version", "0")
				.with(user(this.operatorUser))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE));
		this.mvc
			.perform(post(BASE + "/{o}/edit", office).param("name", "古い画面からの名称")
				.param("version", "0")
				.with(user(this.operatorUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("先に更新しました")));
		assertThat(column(office, "name")).isEqualTo("先に保存された名称");
	}

	@Test
	void anOfficeWithVehiclesOrManagersIsNotDeleted() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		long office = Registries.addOffice(this.mvc, this.jdbc, staff, this.operatorId, "本部事務所");
		long vehicle = Registries.addVehicle(this.mvc, this.jdbc, "/operator-portal/vehicles", this.operatorUser,
				this.operatorId, "長野500あ2001", "officeId", Long.toString(office));
		this.mvc
			.perform(post("/operators/{id}/managers", this.operatorId).param("name", "運行 四郎")
				.param("role", "OPERATION")
				.param("officeId", Long.toString(office))
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(BASE).with(user(this.operatorUser)))
			.andExpect(
					content().string(allOf(containsString("車両1台・責任者1人"), containsString("車両・責任者が所属しているため削除できません。"))));
		this.mvc.perform(post(BASE + "/{o}/delete", office).with(user(this.operatorUser)).with(csrf()))
			.andExpect(redirectedUrl(BASE))
			.andExpect(flash().attribute("flashErrorText",
					"事務所「本部事務所」には車両が1台、運行管理・整備管理の責任者が1人所属しているため削除できません。先に車両と責任者の事務所を変更してください。"));
		assertThat(offices()).isEqualTo(1);

		Registries.editVehicle(this.mvc, this.jdbc, "/operator-portal/vehicles", this.operatorUser, vehicle,
				"長野500あ2001", "officeId", "");
		this.mvc.perform(post(BASE + "/{o}/delete", office).with(user(this.operatorUser)).with(csrf()))
			.andExpect(flash().attribute("flashErrorText",
					"事務所「本部事務所」には運行管理・整備管理の責任者が1人所属しているため削除できません。先に責任者の事務所を変更してください。"));
		assertThat(offices()).isEqualTo(1);

		// staff keep their way: the managers are left without an office, but vehicles
		// still block
		Registries.editVehicle(this.mvc, this.jdbc, "/operator-portal/vehicles", this.operatorUser, vehicle,
				"長野500あ2001", "officeId", Long.toString(office));
		this.mvc
			.perform(post("/operators/{id}/offices/{o}/delete", this.operatorId, office).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId))
			.andExpect(flash().attribute("flashErrorText", "事務所「本部事務所」には車両が1台所属しているため削除できません。先に車両の事務所を変更してください。"));
		assertThat(offices()).isEqualTo(1);
		Registries.editVehicle(this.mvc, this.jdbc, "/operator-portal/vehicles", this.operatorUser, vehicle,
				"長野500あ2001", "officeId", "");
		this.mvc
			.perform(post("/operators/{id}/offices/{o}/delete", this.operatorId, office).with(user(staff)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.office.deleted"));
		assertThat(offices()).isZero();
		assertThat(this.jdbc.sql("select count(*) from operation_manager where operator_id = :o and office_id is null")
			.param("o", this.operatorId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void tantoNeverReachesNonbirisOffices() throws Exception {
		AccountPrincipal nonbiri = this.data.principal("nonbiri");
		AccountPrincipal tanto = this.data.principal("tanto");
		this.mvc.perform(post(BASE).param("name", "のんびり試験事務所").with(user(nonbiri)).with(csrf()))
			.andExpect(redirectedUrl(BASE));
		long office = this.jdbc.sql("select id from office where name = 'のんびり試験事務所'").query(Long.class).single();
		try {
			this.mvc.perform(get(BASE).with(user(tanto)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("のんびり試験事務所"))));
			this.mvc.perform(get(BASE + "/{o}/edit", office).with(user(tanto))).andExpect(status().isNotFound());
			this.mvc
				.perform(post(BASE + "/{o}/edit", office).param("name", "乗っ取り")
					.param("version", "0")
					.with(user(tanto))
					.with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc.perform(post(BASE + "/{o}/delete", office).with(user(tanto)).with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc.perform(
					post(BASE + "/{o}/edit", office).param("name", "乗っ取り").param("version", "0").with(user(nonbiri)))
				.andExpect(status().isForbidden());
			assertThat(column(office, "name")).isEqualTo("のんびり試験事務所");
			assertThat(column(office, "version")).isEqualTo("0");
			for (String username : new String[] { "staff", "staff2", "member", "admin" }) {
				this.mvc.perform(get(BASE).with(user(this.data.principal(username)))).andExpect(status().isForbidden());
				this.mvc
					.perform(post(BASE + "/{o}/delete", office).with(user(this.data.principal(username))).with(csrf()))
					.andExpect(status().isForbidden());
			}
			this.mvc.perform(get(BASE)).andExpect(status().is3xxRedirection());
			assertThat(this.jdbc.sql("select count(*) from office where id = :id")
				.param("id", office)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			this.mvc.perform(post(BASE + "/{o}/delete", office).with(user(nonbiri)).with(csrf()))
				.andExpect(flash().attribute("flashMessage", "flash.office.deleted"));
		}
	}

	private long offices() {
		return this.jdbc.sql("select count(*) from office where operator_id = :o")
			.param("o", this.operatorId)
			.query(Long.class)
			.single();
	}

	private long officeId(String name) {
		return this.jdbc.sql("select id from office where operator_id = :o and name = :n")
			.param("o", this.operatorId)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	private String column(long office, String column) {
		return this.jdbc.sql("select " + column + "::text from office where id = :id")
			.param("id", office)
			.query(String.class)
			.list()
			.get(0);
	}

}
