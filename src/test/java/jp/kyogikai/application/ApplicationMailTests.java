package jp.kyogikai.application;

import java.util.List;
import java.util.Map;

import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.application.rule.IllegalTransitionException;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static jp.kyogikai.application.ApplicationFixtures.PORTAL;
import static jp.kyogikai.application.ApplicationFixtures.STAFF;
import static jp.kyogikai.application.ApplicationFixtures.act;
import static jp.kyogikai.application.ApplicationFixtures.mails;
import static jp.kyogikai.application.ApplicationFixtures.pdf;
import static jp.kyogikai.application.ApplicationFixtures.status;
import static jp.kyogikai.application.ApplicationFixtures.upload;
import static jp.kyogikai.application.ApplicationFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Each status change tells the other side through the mail outbox, in the transaction of
 * the change: the secretariat when the operator submits, resubmits or withdraws; the
 * operator when staff receive, return or decide. No mail when the change fails or is
 * rolled back, and none when the other side has no address.
 */
@IntegrationTest
class ApplicationMailTests {

	static final String SECRETARIAT = "jimukyoku@example.jp";

	static final String OPERATOR = "sakura@example.jp";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	ApplicationService applications;

	@Autowired
	PlatformTransactionManager transactionManager;

	Tenant tenant;

	long operatorId;

	AccountPrincipal operator;

	AccountPrincipal staff;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.operatorId = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 さくら");
		this.operator = Registries.operatorUser(this.operatorId);
		this.staff = this.tenant.staff();
		this.jdbc.sql("update municipality set secretariat_email = :e where id = :m")
			.param("e", SECRETARIAT)
			.param("m", this.tenant.municipality().getId())
			.update();
		this.jdbc.sql("update operator set contact_email = :e where id = :o")
			.param("e", OPERATOR)
			.param("o", this.operatorId)
			.update();
	}

	@AfterEach
	void cleanUp() {
		ApplicationFixtures.cleanUp(this.jdbc, this.tenant.municipality().getId());
	}

	@Test
	void theOperatorsStepsGoToTheSecretariatAndStaffsStepsToTheOperator() throws Exception {
		long id = draftWithDocuments();
		assertThat(mails(this.jdbc, id)).isZero();
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)));
		Map<String, Object> submitted = lastMail(id);
		long submitEvent = lastEvent(id);
		assertThat(submitted).containsEntry("kind", "APPLICATION_TO_SECRETARIAT")
			.containsEntry("recipient_address", SECRETARIAT)
			.containsEntry("recipient_name", this.tenant.municipality().getName() + " 福祉有償運送運営協議会 事務局")
			.containsEntry("municipality_id", this.tenant.municipality().getId())
			.containsEntry("dedup_key", "application-event:" + submitEvent)
			.containsEntry("subject", "【協議申請】特定非営利活動法人 さくら（対価の変更）：提出済み（受付待ち）");
		assertThat((String) submitted.get("body")).contains("運送主体が申請について「提出」を行いました。", "申請の種類：対価の変更",
				"運送主体：特定非営利活動法人 さくら", "状態：提出済み（受付待ち）", "担当：運送主体の担当者", "http://localhost:8080/applications/" + id, "令和");

		this.mvc.perform(post(STAFF + "/{id}/return", id).param("version", Long.toString(version(this.jdbc, id)))
			.param("rows[0].field", "attachment.COST_BASIS")
			.param("rows[0].comment", "車両の維持費の内訳を加えてください。")
			.with(user(this.staff))
			.with(csrf()));
		Map<String, Object> returned = lastMail(id);
		assertThat(returned).containsEntry("kind", "APPLICATION_TO_OPERATOR")
			.containsEntry("recipient_address", OPERATOR)
			.containsEntry("recipient_name", "特定非営利活動法人 さくら")
			.containsEntry("subject", "【協議申請】特定非営利活動法人 さくら（対価の変更）：差戻し");
		assertThat((String) returned.get("body")).contains("事務局が申請について「差戻し」を行いました。", "差戻しの指摘事項：",
				"・添付書類（対価の算定根拠）：車両の維持費の内訳を加えてください。", "http://localhost:8080/operator-portal/applications/" + id);

		this.mvc.perform(act(PORTAL, this.operator, id, "RESUBMIT", version(this.jdbc, id)));
		assertThat(lastMail(id)).containsEntry("recipient_address", SECRETARIAT);
		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version(this.jdbc, id)));
		Map<String, Object> received = lastMail(id);
		String number = this.jdbc.sql("select received_number from application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(received).containsEntry("recipient_address", OPERATOR);
		assertThat((String) received.get("body")).contains("受付番号：" + number, "状態：受付済み");
		assertThat(mails(this.jdbc, id)).isEqualTo(4);
		assertThat(this.jdbc.sql("select count(distinct dedup_key) from mail_outbox where reference = :r")
			.param("r", "application:" + id)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void theDecisionOfTheMeetingIsRecordedThroughTheServiceAndMailedToTheOperator() throws Exception {
		long id = draftWithDocuments();
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)));
		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version(this.jdbc, id)));
		assertThat(this.applications.putOnAgenda(id, this.staff)).isEqualTo(ApplicationStatus.ON_AGENDA);
		assertThatExceptionOfType(ApplicationRefusedException.class)
			.isThrownBy(() -> this.applications.decide(id, DecisionOutcome.APPROVED_WITH_CONDITIONS, " ", this.staff))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ApplicationRefusedException.CONDITIONS_REQUIRED));
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> this.applications.decide(id, DecisionOutcome.APPROVED, null, this.operator))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(IllegalTransitionException.WRONG_ACTOR));
		long before = mails(this.jdbc, id);
		assertThat(this.applications.decide(id, DecisionOutcome.CONTINUED, null, this.staff))
			.isEqualTo(ApplicationStatus.RECEIVED);
		this.applications.putOnAgenda(id, this.staff);
		assertThat(this.applications.decide(id, DecisionOutcome.APPROVED_WITH_CONDITIONS, "運行開始後3か月の実績を事務局に報告すること。",
				this.staff))
			.isEqualTo(ApplicationStatus.DECIDED);
		assertThat(
				this.jdbc.sql("select decision_outcome || ' ' || decision_conditions from application where id = :id")
					.param("id", id)
					.query(String.class)
					.single())
			.isEqualTo("APPROVED_WITH_CONDITIONS 運行開始後3か月の実績を事務局に報告すること。");
		assertThat(mails(this.jdbc, id)).isEqualTo(before + 3);
		assertThat((String) lastMail(id).get("body")).contains("「条件付き承認」", "状態：協議済み", "コメント：運行開始後3か月の実績を事務局に報告すること。");
	}

	@Test
	void aStepRolledBackLeavesNoMailAndARefusedStepQueuesNone() throws Exception {
		long id = draftWithDocuments();
		long version = version(this.jdbc, id);
		new TransactionTemplate(this.transactionManager).executeWithoutResult((transaction) -> {
			assertThat(this.applications.act(id, this.operator, ApplicationAction.SUBMIT, version, null))
				.isEqualTo(ApplicationStatus.SUBMITTED);
			assertThat(mails(this.jdbc, id)).isEqualTo(1);
			transaction.setRollbackOnly();
		});
		assertThat(status(this.jdbc, id)).isEqualTo("DRAFT");
		assertThat(mails(this.jdbc, id)).isZero();

		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version));
		this.mvc.perform(act(PORTAL, this.operator, id, "RESUBMIT", version));
		long bare = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE");
		this.mvc.perform(act(PORTAL, this.operator, bare, "SUBMIT", version(this.jdbc, bare)));
		assertThat(status(this.jdbc, bare)).isEqualTo("DRAFT");
		assertThat(mails(this.jdbc, id) + mails(this.jdbc, bare)).isZero();
	}

	@Test
	void nobodyIsMailedWithoutAnAddressButTheStepIsTaken() throws Exception {
		this.jdbc.sql("update operator set contact_email = null where id = :o").param("o", this.operatorId).update();
		this.jdbc.sql("update municipality set secretariat_email = null where id = :m")
			.param("m", this.tenant.municipality().getId())
			.update();
		long id = draftWithDocuments();
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)));
		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version(this.jdbc, id)));
		assertThat(status(this.jdbc, id)).isEqualTo("RECEIVED");
		assertThat(mails(this.jdbc, id)).isZero();
	}

	@Test
	void staffSetTheOperatorsAddressOnTheOperatorFormAndTheOperatorSeesIt() throws Exception {
		long version = this.jdbc.sql("select version from operator where id = :o")
			.param("o", this.operatorId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/operators/{id}", this.operatorId).param("name", "特定非営利活動法人 さくら")
				.param("operatorType", "NPO")
				.param("transportKinds", "WELFARE")
				.param("contactEmail", "これはアドレスではない")
				.param("version", Long.toString(version))
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(content().string(containsString("連絡先メールアドレスはメールアドレスの形式")));
		this.mvc
			.perform(post("/operators/{id}", this.operatorId).param("name", "特定非営利活動法人 さくら")
				.param("operatorType", "NPO")
				.param("transportKinds", "WELFARE")
				.param("contactEmail", "new-sakura@example.jp")
				.param("version", Long.toString(version))
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		assertThat(this.jdbc.sql("select contact_email from operator where id = :o")
			.param("o", this.operatorId)
			.query(String.class)
			.single()).isEqualTo("new-sakura@example.jp");
		this.mvc.perform(get("/operator-portal/operator").with(user(this.operator)))
			.andExpect(content().string(allOf(containsString("連絡先メールアドレス"), containsString("new-sakura@example.jp"))));
		assertThat(this.jdbc
			.sql("select count(*) from operator_aud where id = :o and contact_email = 'new-sakura@example.jp'")
			.param("o", this.operatorId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long draftWithDocuments() throws Exception {
		long id = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE");
		this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "対価表.pdf", pdf()));
		this.mvc.perform(upload(this.operator, id, "COST_BASIS", "算定根拠.pdf", pdf()));
		return id;
	}

	private Map<String, Object> lastMail(long id) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select kind, recipient_address, recipient_name, subject, body, municipality_id, dedup_key
				from mail_outbox where reference = :r order by id desc limit 1
				""").param("r", "application:" + id).query().listOfRows();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private long lastEvent(long id) {
		return this.jdbc.sql("select max(id) from application_event where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
