package jp.kyogikai.operator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.audit.RecordChange;
import jp.kyogikai.operator.OperatorHistoryService.OperatorChanges;
import jp.kyogikai.operator.RegistryRecord.Registry;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history of an operator's record, offices and managers, and the changes in all its
 * registries since the council last deliberated it.
 */
@IntegrationTest
class OperatorHistoryControllerTests {

	static final String STAFF_VEHICLES = "/operators/%d/vehicles";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OperatorRepository operators;

	@Autowired
	OperatorService operatorService;

	@Autowired
	TestData data;

	Tenant tenant;

	AccountPrincipal staff;

	long operatorId;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.staff = this.tenant.staff();
		this.operatorId = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 履歴テスト");
	}

	@Test
	void theHistoryShowsWhoChangedWhichFieldOfTheRecordItsOfficesAndManagers() throws Exception {
		this.mvc.perform(edit("representative", "理事長 山田 太郎", "passengerCount", "42", "lastDeliberatedOn", "2025-02-20"))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		long main = Registries.addOffice(this.mvc, this.jdbc, this.staff, this.operatorId, "本部事務所");
		long annex = Registries.addOffice(this.mvc, this.jdbc, this.staff, this.operatorId, "岩村田分室");
		this.mvc
			.perform(post("/operators/{id}/managers", this.operatorId).param("name", "運行 三郎")
				.param("role", "OPERATION")
				.param("officeId", Long.toString(main))
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		this.mvc
			.perform(post("/operators/{id}/offices/{o}/delete", this.operatorId, annex).with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));

		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("/operators/" + this.operatorId + "/history"),
					containsString("前回の協議日"), containsString("令和7年2月20日"))));
		this.mvc.perform(get("/operators/{id}/history", this.operatorId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("特定非営利活動法人 履歴テスト 変更履歴"),
					// the record: labels in Japanese, old and new values
					containsString("代表者"), containsString("理事長 山田 太郎"), containsString("登録旅客数"), containsString("42"),
					containsString("前回の協議日"), containsString("令和7年2月20日"), containsString(this.staff.getUsername()),
					containsString("system"),
					// offices, the deleted one too, and the manager
					containsString("本部事務所"), containsString("事務所の名称"), containsString("本部事務所の所在地"),
					containsString("岩村田分室"), containsString("削除済み"), containsString("運行 三郎"),
					containsString("運行管理の責任者"), containsString(">削除<"), not(containsString("??")))));
	}

	@Test
	void anOperatorNeverDeliberatedShowsEveryChange() throws Exception {
		Registries.addVehicle(this.mvc, this.jdbc, STAFF_VEHICLES.formatted(this.operatorId), this.staff,
				this.operatorId, "長野500あ0001");
		OperatorChanges changes = changes();
		assertThat(changes.since()).isNull();
		assertThat(changes.changes()).extracting(RegistryChange::registry, (c) -> c.change().kind())
			.containsExactly(tuple(Registry.VEHICLE, RecordChange.Kind.CREATED),
					tuple(Registry.OPERATOR, RecordChange.Kind.CREATED));
		this.mvc.perform(get("/operators/{id}/changes", this.operatorId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("この運送主体を協議した記録（前回の協議日）がありません。"), containsString("変更 2件"),
					containsString("長野500あ0001"), containsString("運送主体の名称"), containsString("特定非営利活動法人 履歴テスト"),
					not(containsString("??")))));
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("/operators/" + this.operatorId + "/changes"),
					containsString("前回の協議以降の変更（2件）"))));
	}

	/**
	 * The deliberation has only a date: a change made on that day counts (以降), one made
	 * the evening before does not; the change of the date itself is no change of the
	 * operator's.
	 */
	@Test
	void changesCountFromTheDeliberationDayItself() throws Exception {
		String vehicles = STAFF_VEHICLES.formatted(this.operatorId);
		long first = Registries.addVehicle(this.mvc, this.jdbc, vehicles, this.staff, this.operatorId, "長野500あ0001");
		Registries.editVehicle(this.mvc, this.jdbc, vehicles, this.staff, first, "長野500あ0001", "seats", "6");
		long second = Registries.addVehicle(this.mvc, this.jdbc, vehicles, this.staff, this.operatorId, "長野500あ0002");
		assertThat(this.operatorService.recordDeliberation(this.operatorId, LocalDate.of(2025, 2, 20), this.staff))
			.isTrue();
		List<Long> operatorRevisions = Registries.revisions(this.jdbc, "operator", this.operatorId);
		List<Long> firstRevisions = Registries.revisions(this.jdbc, "vehicle", first);
		Registries.revisionAt(this.jdbc, operatorRevisions.get(0), "2025-01-10T09:00:00+09:00");
		Registries.revisionAt(this.jdbc, firstRevisions.get(0), "2025-02-19T23:59:59.999+09:00");
		Registries.revisionAt(this.jdbc, firstRevisions.get(1), "2025-02-20T00:00:00+09:00");
		Registries.revisionAt(this.jdbc, Registries.revisions(this.jdbc, "vehicle", second).get(0),
				"2025-03-01T10:00:00+09:00");
		Registries.revisionAt(this.jdbc, operatorRevisions.get(1), "2025-02-20T15:00:00+09:00");

		OperatorChanges changes = changes();
		assertThat(changes.since()).isEqualTo(LocalDate.of(2025, 2, 20));
		assertThat(changes.changes())
			.extracting(RegistryChange::registry, RegistryChange::recordId, (c) -> c.change().kind())
			.containsExactly(tuple(Registry.VEHICLE, second, RecordChange.Kind.CREATED),
					tuple(Registry.VEHICLE, first, RecordChange.Kind.CHANGED));
		assertThat(changes.changes().get(1).change().fields())
			.containsExactly(new RecordChange.FieldChange("seats", 4, 6));
		this.mvc.perform(get("/operators/{id}/changes", this.operatorId).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("前回の協議日は令和7年2月20日です。"), containsString("変更 2件"),
					containsString("車両 2件"), containsString("乗車定員"),
					containsString("/operators/" + this.operatorId + "/vehicles/" + first + "/history"),
					not(containsString("運送主体の名称")))));
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.staff)))
			.andExpect(content().string(containsString("前回の協議以降の変更（2件）")));

		// the same change a moment before midnight of the day before no longer counts
		Registries.revisionAt(this.jdbc, firstRevisions.get(1), "2025-02-19T23:59:59.999+09:00");
		assertThat(changes().changes()).extracting(RegistryChange::recordId).containsExactly(second);
	}

	@Test
	void everyRegistryIsListedWithOldAndNewValuesAndWhoChangedIt() throws Exception {
		AccountPrincipal operatorUser = Registries.operatorUser(this.operatorId);
		this.mvc.perform(post("/operator-portal/offices").param("name", "本部事務所").with(user(operatorUser)).with(csrf()))
			.andExpect(redirectedUrl("/operator-portal/offices"));
		long office = this.jdbc.sql("select id from office where operator_id = :o")
			.param("o", this.operatorId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/operators/{id}/managers", this.operatorId).param("name", "整備 次郎")
				.param("role", "MAINTENANCE")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		long vehicle = Registries.addVehicle(this.mvc, this.jdbc, "/operator-portal/vehicles", operatorUser,
				this.operatorId, "長野500あ0003", "officeId", Long.toString(office));
		this.mvc.perform(post("/operator-portal/vehicles/{v}/delete", vehicle).with(user(operatorUser)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long driver = Registries.addDriver(this.mvc, this.jdbc, "/operator-portal/drivers", operatorUser,
				this.operatorId, "佐久 花子");
		Registries.editDriver(this.mvc, this.jdbc, "/operator-portal/drivers", operatorUser, driver, "佐久 花子", "address",
				"佐久市中込3056");

		OperatorChanges changes = changes();
		assertThat(changes.changes()).extracting(RegistryChange::registry, (c) -> c.change().kind())
			.containsExactly(tuple(Registry.DRIVER, RecordChange.Kind.CHANGED),
					tuple(Registry.DRIVER, RecordChange.Kind.CREATED),
					tuple(Registry.VEHICLE, RecordChange.Kind.DELETED),
					tuple(Registry.VEHICLE, RecordChange.Kind.CREATED),
					tuple(Registry.MANAGER, RecordChange.Kind.CREATED),
					tuple(Registry.OFFICE, RecordChange.Kind.CREATED),
					tuple(Registry.OPERATOR, RecordChange.Kind.CREATED));
		this.mvc.perform(get("/operators/{id}/changes", this.operatorId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("変更 7件"), containsString("事務所 1件"), containsString("運行管理・整備管理の責任者 1件"),
						containsString("車両 2件"), containsString("運転者 2件"), containsString("本部事務所"),
						containsString("整備 次郎"), containsString("長野500あ0003"), containsString("佐久 花子"),
						containsString("住所"), containsString("松本市丸の内3-7"), containsString("佐久市中込3056"),
						containsString(operatorUser.getUsername()), containsString(this.staff.getUsername()),
						containsString("/operators/" + this.operatorId + "/drivers/" + driver + "/history"),
						containsString(">削除<"), not(containsString("??")))));
	}

	@Test
	void staffRecordTheLastDeliberationOnTheFormButNotInTheFuture() throws Exception {
		String tomorrow = LocalDate.now(jp.kyogikai.Kyogikai.ZONE).plusDays(1).toString();
		this.mvc.perform(edit("lastDeliberatedOn", tomorrow))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("前回の協議日は今日以前の日付にしてください。")));
		assertThat(lastDeliberatedOn()).isNull();
		this.mvc.perform(get("/operators/{id}/edit", this.operatorId).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("前回の協議日"), containsString("name=\"lastDeliberatedOn\""))));
		this.mvc.perform(edit("lastDeliberatedOn", "2025-02-20"))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		assertThat(lastDeliberatedOn()).isEqualTo("2025-02-20");
		assertThat(
				this.jdbc.sql("select count(*) from operator_aud where id = :id and last_deliberated_on = '2025-02-20'")
					.param("id", this.operatorId)
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void recordingADeliberationKeepsTheLaterDayAndIsForStaffOnly() {
		assertThat(this.operatorService.recordDeliberation(this.operatorId, LocalDate.of(2025, 2, 20), this.staff))
			.isTrue();
		assertThat(this.operatorService.recordDeliberation(this.operatorId, LocalDate.of(2024, 1, 10), this.staff))
			.isFalse();
		assertThat(lastDeliberatedOn()).isEqualTo("2025-02-20");
		assertThat(this.operatorService.recordDeliberation(this.operatorId, LocalDate.of(2025, 6, 5), this.staff))
			.isTrue();
		assertThat(lastDeliberatedOn()).isEqualTo("2025-06-05");
		assertThatExceptionOfType(OperatorNotFoundException.class).isThrownBy(() -> this.operatorService
			.recordDeliberation(this.operatorId, LocalDate.of(2025, 9, 1), this.data.principal("staff2")));
		assertThatExceptionOfType(OperatorNotFoundException.class).isThrownBy(() -> this.operatorService
			.recordDeliberation(this.operatorId, LocalDate.of(2025, 9, 1), Registries.operatorUser(this.operatorId)));
		assertThat(lastDeliberatedOn()).isEqualTo("2025-06-05");
	}

	@Test
	void onlyStaffOfTheOperatorsMunicipalitySeeItsHistoryAndChanges() throws Exception {
		for (String page : new String[] { "/operators/{id}/history", "/operators/{id}/changes" }) {
			this.mvc.perform(get(page, this.operatorId).with(user(this.data.principal("staff2"))))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(page, this.operatorId).with(user(this.data.principal("staff"))))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(page, this.operatorId).with(user(Registries.operatorUser(this.operatorId))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(page, this.operatorId).with(user(this.data.principal("admin"))))
				.andExpect(status().isOk());
			this.mvc.perform(get(page, this.operatorId)).andExpect(status().is3xxRedirection());
			long nonbiri = demoOperator("特定非営利活動法人 のんびり");
			this.mvc.perform(get(page, nonbiri).with(user(this.data.principal("tanto"))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(page, nonbiri).with(user(this.data.principal("nonbiri"))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(page, nonbiri).with(user(this.data.principal("member"))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(page, nonbiri).with(user(this.data.principal("staff")))).andExpect(status().isOk());
		}
	}

	@Test
	void theDemoOperatorsWereLastDeliberatedBeforeTheirCurrentPeriod() throws Exception {
		long nonbiri = demoOperator("特定非営利活動法人 のんびり");
		this.mvc.perform(get("/operators/{id}/changes", nonbiri).with(user(this.data.principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("前回の協議日は令和7年2月20日です。")));
		assertThat(this.jdbc
			.sql("select count(*) from operator where last_deliberated_on is null and name in "
					+ "('特定非営利活動法人 のんびり', '特定非営利活動法人 たんと', '特定非営利活動法人 あさまの風')")
			.query(Long.class)
			.single()).isZero();
	}

	private OperatorChanges changes() throws Exception {
		return (OperatorChanges) this.mvc
			.perform(get("/operators/{id}/changes", this.operatorId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("changes");
	}

	private String lastDeliberatedOn() {
		return this.jdbc.sql("select last_deliberated_on::text from operator where id = :id")
			.param("id", this.operatorId)
			.query(String.class)
			.list()
			.get(0);
	}

	private long demoOperator(String name) {
		return this.jdbc.sql("select id from operator where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/**
	 * The operator's edit form, complete, with some fields replaced.
	 */
	private MockHttpServletRequestBuilder edit(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "特定非営利活動法人 履歴テスト");
		fields.put("operatorType", "NPO");
		fields.put("registrationNumber", "テスト福第１号");
		fields.put("registrationExpiresOn", "2028-03-31");
		fields.put("version",
				this.jdbc.sql("select version::text from operator where id = :id")
					.param("id", this.operatorId)
					.query(String.class)
					.single());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/operators/{id}", this.operatorId).with(user(this.staff))
			.with(csrf());
		fields.forEach(request::param);
		return request.param("transportKinds", "WELFARE");
	}

}
