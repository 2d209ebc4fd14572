package jp.kyogikai.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.calendar.FiscalYear;
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
import org.springframework.test.web.servlet.MvcResult;

import static jp.kyogikai.application.ApplicationFixtures.PORTAL;
import static jp.kyogikai.application.ApplicationFixtures.STAFF;
import static jp.kyogikai.application.ApplicationFixtures.act;
import static jp.kyogikai.application.ApplicationFixtures.attachments;
import static jp.kyogikai.application.ApplicationFixtures.events;
import static jp.kyogikai.application.ApplicationFixtures.files;
import static jp.kyogikai.application.ApplicationFixtures.mails;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application's way through the pages: the operator drafts it, attaches its documents
 * and submits it (refused while a required document is missing); staff return it with
 * comments per field, which the operator sees beside the fields; the operator corrects
 * and resubmits; staff receive it and it gets its 受付番号.
 */
@IntegrationTest
class ApplicationFlowIntegrationTests {

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

	Tenant tenant;

	long operatorId;

	AccountPrincipal operator;

	AccountPrincipal staff;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.operatorId = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 ひまわり");
		this.operator = Registries.operatorUser(this.operatorId);
		this.staff = this.tenant.staff();
		this.jdbc.sql("update municipality set secretariat_email = 'secretariat@example.jp' where id = :m")
			.param("m", this.tenant.municipality().getId())
			.update();
		this.jdbc.sql("update operator set contact_email = 'himawari@example.jp' where id = :o")
			.param("o", this.operatorId)
			.update();
	}

	@AfterEach
	void cleanUp() {
		ApplicationFixtures.cleanUp(this.jdbc, this.tenant.municipality().getId());
	}

	@Test
	void aFareChangeIsDraftedSubmittedOnlyWithItsDocumentsAndReceivedWithANumber() throws Exception {
		this.mvc.perform(get(PORTAL + "/new").with(user(this.operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("新しい申請"), containsString("対価の変更"), containsString("変更登録"),
					containsString("協議か届出かを確認する"), not(containsString("??")))));
		long id = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE");
		assertThat(status(this.jdbc, id)).isEqualTo("DRAFT");
		this.mvc.perform(get(PORTAL + "/{id}", id).with(user(this.operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("対価の変更の申請"), containsString("対価表は別添（対価表）"),
					containsString("必須・未添付"), containsString("下書き作成"), containsString("運送主体の担当者（運送主体）"),
					containsString("提出の前に、次の書類を添付してください：対価表、対価の算定根拠"), containsString("/attachments?_csrf="),
					not(containsString("??")))));
		this.mvc.perform(get(STAFF + "/{id}", id).with(user(this.staff))).andExpect(status().isNotFound());

		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)))
			.andExpect(redirectedUrl(PORTAL + "/" + id))
			.andExpect(flash().attribute("flashErrorText", "提出に必要な添付書類がそろっていません：対価表、対価の算定根拠。これらを添付してから提出してください。"));
		assertThat(status(this.jdbc, id)).isEqualTo("DRAFT");
		assertThat(events(this.jdbc, id)).isEqualTo(1);
		assertThat(mails(this.jdbc, id)).isZero();

		this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "対価表.pdf", pdf()))
			.andExpect(redirectedUrl(PORTAL + "/" + id + "#attachments"))
			.andExpect(flash().attribute("flashMessageText", "対価表を添付しました（第1版）。"));
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)))
			.andExpect(flash().attribute("flashErrorText", "提出に必要な添付書類がそろっていません：対価の算定根拠。これらを添付してから提出してください。"));
		this.mvc.perform(upload(this.operator, id, "COST_BASIS", "算定根拠.pdf", pdf()))
			.andExpect(redirectedUrl(PORTAL + "/" + id + "#attachments"));
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)))
			.andExpect(redirectedUrl(PORTAL + "/" + id))
			.andExpect(flash().attribute("flashMessageText", "「提出」を行いました。申請の状態は「提出済み（受付待ち）」です。"));
		assertThat(status(this.jdbc, id)).isEqualTo("SUBMITTED");
		assertThat(mails(this.jdbc, id)).isEqualTo(1);

		this.mvc.perform(get(STAFF).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("特定非営利活動法人 ひまわり"), containsString("/applications/" + id),
					containsString("提出済み（受付待ち）（1件）"))));
		this.mvc.perform(get(STAFF + "/{id}", id).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("name=\"action\" value=\"RECEIVE\""), containsString("差し戻す（指摘事項を入力する）"),
						not(containsString("value=\"APPROVE\"")), not(containsString("value=\"SUBMIT\"")),
						not(containsString("/attachments?_csrf=")), not(containsString("??")))));
		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version(this.jdbc, id)))
			.andExpect(redirectedUrl(STAFF + "/" + id))
			.andExpect(flash().attribute("flashMessageText", "「受付」を行いました。申請の状態は「受付済み」です。"));
		Map<String, Object> received = this.jdbc.sql(
				"select status, received_number, received_fiscal_year, received_sequence from application where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		FiscalYear year = FiscalYear.of(LocalDate.now(Kyogikai.ZONE));
		assertThat(received).containsEntry("status", "RECEIVED")
			.containsEntry("received_fiscal_year", year.startYear())
			.containsEntry("received_sequence", 1);
		String number = (String) received.get("received_number");
		assertThat(number).matches("\\d+福有第1号").startsWith(year.label().replaceAll("[^0-9]", ""));
		this.mvc.perform(get(PORTAL + "/{id}", id).with(user(this.operator)))
			.andExpect(content().string(allOf(containsString(number), containsString("受付済み"),
					containsString("提出済み（受付待ち） → 受付済み"), containsString(this.staff.displayName() + "（事務局）"),
					containsString("提出した書類は変更できません"), not(containsString("/attachments?_csrf=")))));
		assertThat(mails(this.jdbc, id)).isEqualTo(2);
		this.mvc.perform(get("/").with(user(this.operator)))
			.andExpect(content().string(allOf(containsString("/operator-portal/applications/" + id),
					containsString("対価の変更"), containsString(number), containsString("新しい申請"))));
		assertThat(this.jdbc.sql("select string_agg(status, ',' order by rev) from application_aud where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("DRAFT,DRAFT,DRAFT,SUBMITTED,RECEIVED");
		assertThat(this.jdbc.sql("select count(*) from application_event_aud where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from application_attachment_aud where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aSecondApplicationOfTheYearGetsTheNextNumber() throws Exception {
		long first = submitted("FARE_CHANGE");
		long second = submitted("FARE_CHANGE");
		this.mvc.perform(act(STAFF, this.staff, second, "RECEIVE", version(this.jdbc, second)));
		this.mvc.perform(act(STAFF, this.staff, first, "RECEIVE", version(this.jdbc, first)));
		assertThat(this.jdbc.sql("select received_sequence from application where id in (:a, :b) order by id")
			.param("a", first)
			.param("b", second)
			.query(Integer.class)
			.list()).containsExactly(2, 1);
	}

	@Test
	void staffReturnWithCommentsPerFieldTheOperatorSeesThemAndResubmits() throws Exception {
		long id = submitted("FARE_CHANGE");
		this.mvc.perform(get(STAFF + "/{id}/return", id).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("差戻し"), containsString("value=\"reason\""),
					containsString(">申請の理由<"), containsString(">添付書類（対価表）<"), containsString(">申請全体<"),
					containsString(">対価<"), not(containsString(">添付書類（定款）<")), not(containsString("??")))));
		this.mvc
			.perform(post(STAFF + "/{id}/return", id).param("version", Long.toString(version(this.jdbc, id)))
				.param("rows[0].field", "reason")
				.param("rows[0].comment", "値上げの理由を、費用の内訳とともに具体的に書いてください。")
				.param("rows[1].field", "")
				.param("rows[1].comment", "")
				.param("rows[2].field", "attachment.FARE_TABLE")
				.param("rows[2].comment", "現行の対価も対価表に並べて記載してください。")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl(STAFF + "/" + id))
			.andExpect(flash().attribute("flashMessageText", "「差戻し」を行いました。申請の状態は「差戻し」です。"));
		assertThat(status(this.jdbc, id)).isEqualTo("RETURNED");
		assertThat(this.jdbc.sql("""
				select c.field_key || ':' || c.sort_order from application_return_comment c
				join application_event e on e.id = c.event_id where e.application_id = :id and e.action = 'RETURN'
				order by c.sort_order
				""").param("id", id).query(String.class).list()).containsExactly("reason:1", "attachment.FARE_TABLE:2");

		this.mvc.perform(get(PORTAL + "/{id}", id).with(user(this.operator)))
			.andExpect(content()
				.string(allOf(containsString("事務局から差し戻されました"), containsString("事務局からの指摘：値上げの理由を、費用の内訳とともに具体的に書いてください。"),
						containsString("事務局からの指摘：現行の対価も対価表に並べて記載してください。"), containsString("再提出"),
						containsString("/attachments?_csrf="), not(containsString("value=\"SUBMIT\"")))));
		this.mvc.perform(get(PORTAL + "/{id}/edit", id).with(user(this.operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("事務局からの指摘：値上げの理由を、費用の内訳とともに具体的に書いてください。")));
		this.mvc
			.perform(ApplicationFixtures.withFares(post(PORTAL + "/{id}/edit", id))
				.param("type", "FARE_CHANGE")
				.param("area", "テスト市全域")
				.param("reason", "燃料費が2割、車両の維持費が1割上がったため。内訳は対価の算定根拠のとおり。")
				.param("version", Long.toString(version(this.jdbc, id)))
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(redirectedUrl(PORTAL + "/" + id));
		this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "対価表（現行と変更後）.pdf", pdf()));
		assertThat(this.jdbc.sql("""
				select version_number from application_attachment where application_id = :id and kind = 'FARE_TABLE'
				order by version_number
				""").param("id", id).query(Integer.class).list()).containsExactly(1, 2);
		this.mvc.perform(get(PORTAL + "/{id}", id).with(user(this.operator)))
			.andExpect(content().string(allOf(containsString("対価表（現行と変更後）.pdf"), containsString("第2版"),
					containsString("以前の版（1件）"), containsString("対価表.pdf"))));

		this.mvc.perform(act(PORTAL, this.operator, id, "RESUBMIT", version(this.jdbc, id)))
			.andExpect(flash().attribute("flashMessageText", "「再提出」を行いました。申請の状態は「提出済み（受付待ち）」です。"));
		assertThat(status(this.jdbc, id)).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.sql("select reason from application where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).startsWith("燃料費が2割");
		this.mvc.perform(get(STAFF + "/{id}", id).with(user(this.staff)))
			.andExpect(content().string(allOf(not(containsString("事務局からの指摘：")), containsString("再提出"),
					containsString("値上げの理由を、費用の内訳とともに具体的に書いてください。"))));
		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version(this.jdbc, id)));
		assertThat(status(this.jdbc, id)).isEqualTo("RECEIVED");
		assertThat(this.jdbc.sql("select action from application_event where application_id = :id order by at, id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly(null, "SUBMIT", "RETURN", "RESUBMIT", "RECEIVE");
	}

	@Test
	void aReturnNeedsItsCommentsAndAKnownFieldAndChangesNothingOtherwise() throws Exception {
		long id = submitted("FARE_CHANGE");
		long version = version(this.jdbc, id);
		long events = events(this.jdbc, id);
		long mails = mails(this.jdbc, id);
		this.mvc.perform(returning(id, version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("差戻しの理由（指摘事項）を1つ以上入力してください。")));
		this.mvc.perform(returning(id, version, "rows[1].field", "reason", "rows[1].comment", " "))
			.andExpect(content().string(containsString("2番目の指摘事項の内容を入力してください。")));
		this.mvc
			.perform(returning(id, version, "rows[0].field", "reason", "rows[0].comment", "一つ目", "rows[3].field",
					"reason", "rows[3].comment", "二つ目"))
			.andExpect(content().string(containsString("4番目の指摘事項と同じ項目への指摘がすでにあります。1つにまとめてください。")));
		this.mvc.perform(returning(id, version, "rows[0].field", "attachment.ARTICLES", "rows[0].comment", "定款を添付"))
			.andExpect(content().string(containsString("1番目の指摘事項の項目は、この申請の項目ではありません。")));
		this.mvc.perform(returning(id, version, "rows[0].field", "reason", "rows[0].comment", "あ".repeat(1001)))
			.andExpect(content().string(containsString("1番目の指摘事項は1000文字以内で入力してください。")));
		this.mvc.perform(returning(id, version - 1, "rows[0].field", "reason", "rows[0].comment", "古い画面から"))
			.andExpect(content().string(containsString("この申請は別の画面で先に更新されました。")));
		assertThat(status(this.jdbc, id)).isEqualTo("SUBMITTED");
		assertThat(version(this.jdbc, id)).isEqualTo(version);
		assertThat(events(this.jdbc, id)).isEqualTo(events);
		assertThat(mails(this.jdbc, id)).isEqualTo(mails);
		assertThat(this.jdbc
			.sql("select count(*) from application_return_comment c join application_event e on e.id = c.event_id "
					+ "where e.application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aChangeSaysWhetherItIsDeliberatedOrOnlyNotifiedBeforeItIsSaved() throws Exception {
		long before = count();
		this.mvc
			.perform(post(PORTAL + "/new").param("type", "CHANGE")
				.param("changeItems", "NAME", "OFFICE")
				.param("reason", "")
				.param("classify", "1")
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("この申請の手続：軽微変更届出"), containsString("この変更は軽微変更届出として事務局が受け付けます。協議会の議題にはなりません。"),
							not(containsString("申請の理由を入力してください。")))));
		this.mvc
			.perform(post(PORTAL + "/new").param("type", "CHANGE")
				.param("changeItems", "NAME", "AREA_ENLARGED")
				.param("classify", "1")
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(content()
				.string(allOf(containsString("この申請の手続：協議"), containsString("この変更（運送の区域の拡大）は運営協議会での協議が必要です。"))));
		assertThat(count()).isEqualTo(before);

		long id = ApplicationFixtures.create(this.mvc, this.operator, "CHANGE", "changeItems", "NAME", "area", "");
		assertThat(this.jdbc.sql("select procedure || ' ' || change_items from application where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("NOTIFICATION NAME");
		this.mvc.perform(get(PORTAL + "/{id}", id).with(user(this.operator)))
			.andExpect(content().string(
					allOf(containsString("軽微変更届出"), containsString("名称"), containsString("この変更は軽微変更届出として事務局が受け付けます。"),
							containsString("提出の前に、次の書類を添付してください：定款"), not(containsString("対価表は別添")))));
		this.mvc.perform(upload(this.operator, id, "ARTICLES", "定款.pdf", pdf()));
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)));
		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version(this.jdbc, id)))
			.andExpect(flash().attribute("flashMessageText", "「受付」を行いました。申請の状態は「届出受理」です。"));
		assertThat(status(this.jdbc, id)).isEqualTo("NOTIFIED");
		this.mvc.perform(act(STAFF, this.staff, id, "PUT_ON_AGENDA", version(this.jdbc, id)))
			.andExpect(flash().attribute("flashErrorText", "軽微変更届出は協議会の議題にしないため、「議題に掲載」はできません。"));
		assertThat(status(this.jdbc, id)).isEqualTo("NOTIFIED");
	}

	@Test
	void theFormIsCheckedAndNothingIsSavedWhenItIsWrong() throws Exception {
		long before = count();
		this.mvc
			.perform(post(PORTAL + "/new").param("type", "CHANGE")
				.param("reason", " ")
				.param("version", "0")
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("入力内容に誤りがあります"), containsString("変更する事項を1つ以上選んでください。"),
					containsString("申請の理由を入力してください。"))));
		this.mvc
			.perform(post(PORTAL + "/new").param("type", "CHANGE")
				.param("changeItems", "AREA_ENLARGED")
				.param("reason", "区域を広げる")
				.param("area", "")
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(content().string(containsString("運送の区域を入力してください")));
		this.mvc
			.perform(post(PORTAL + "/new").param("type", "NEW")
				.param("reason", "新規")
				.param("area", "")
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(content().string(containsString("運送の区域を入力してください")));
		this.mvc.perform(post(PORTAL + "/new").param("reason", "種類なし").with(user(this.operator)).with(csrf()))
			.andExpect(content().string(containsString("申請の種類を入力してください。")));
		this.mvc
			.perform(post(PORTAL + "/new").param("type", "FARE_CHANGE")
				.param("reason", "あ".repeat(4001))
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(content().string(containsString("申請の理由は4,000文字以内で入力してください。")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void documentsThatAreNotPdfJpegOrPngOrTooLargeAreRefusedAndNothingIsStored() throws Exception {
		long id = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE");
		long files = files(this.jdbc);
		long version = version(this.jdbc, id);
		this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "対価表.pdf", "運賃表です".getBytes()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("PDF・JPEG・PNGのファイルだけを登録できます。"),
					containsString("ファイル名ではなく中身で判定しています"), containsString("field--error"))));
		byte[] large = Arrays.copyOf(pdf(), 25 * 1024 * 1024);
		this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "大きな対価表.pdf", large))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ファイルが大きすぎます（25.0MB）。20MBまでのファイルを選んでください。何も登録していません。")));
		this.mvc.perform(upload(this.operator, id, null, "対価表.pdf", pdf()))
			.andExpect(content().string(containsString("この申請には添付できない種類の書類です。")));
		this.mvc.perform(upload(this.operator, id, "ARTICLES", "定款.pdf", pdf()))
			.andExpect(content().string(containsString("この申請には添付できない種類の書類です。")));
		assertThat(files(this.jdbc)).isEqualTo(files);
		assertThat(attachments(this.jdbc, id)).isZero();
		assertThat(version(this.jdbc, id)).isEqualTo(version);
	}

	@Test
	void afterSubmissionTheContentAndTheDocumentsCannotChange() throws Exception {
		long id = submitted("FARE_CHANGE");
		long files = files(this.jdbc);
		long version = version(this.jdbc, id);
		this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "差し替え.pdf", pdf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("この申請は「提出済み（受付待ち）」のため、内容や添付書類を変更できません")));
		this.mvc.perform(get(PORTAL + "/{id}/edit", id).with(user(this.operator)))
			.andExpect(redirectedUrl(PORTAL + "/" + id))
			.andExpect(flash().attribute("flashErrorText", containsString("内容や添付書類を変更できません")));
		this.mvc
			.perform(post(PORTAL + "/{id}/edit", id).param("type", "FARE_CHANGE")
				.param("reason", "提出後の書き換え")
				.param("version", Long.toString(version))
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(redirectedUrl(PORTAL + "/" + id))
			.andExpect(flash().attribute("flashErrorText", containsString("内容や添付書類を変更できません")));
		assertThat(files(this.jdbc)).isEqualTo(files);
		assertThat(attachments(this.jdbc, id)).isEqualTo(2);
		assertThat(version(this.jdbc, id)).isEqualTo(version);
		assertThat(this.jdbc.sql("select reason from application where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).doesNotContain("書き換え");
		assertThat(catchUpdate(id)).contains("cannot be changed");
	}

	@Test
	void illegalStepsPostedByHandAreRefusedWithAMessageAndChangeNothing() throws Exception {
		long id = submitted("FARE_CHANGE");
		expectRefused(PORTAL, this.operator, id, "RECEIVE", "「受付」は事務局が行う操作です。");
		expectRefused(PORTAL, this.operator, id, "SUBMIT", "この申請は「提出済み（受付待ち）」のため、「提出」はできません。");
		expectRefused(PORTAL, this.operator, id, "APPROVE", "この申請は「提出済み（受付待ち）」のため、「承認」はできません。");
		expectRefused(STAFF, this.staff, id, "RESUBMIT", "この申請は「提出済み（受付待ち）」のため、「再提出」はできません。");
		expectRefused(STAFF, this.staff, id, "WITHDRAW", "「取下げ」は運送主体が行う操作です。");
		expectRefused(STAFF, this.staff, id, "RETURN", "差戻しの理由（指摘事項）を1つ以上入力してください。");
		expectRefused(STAFF, this.staff, id, "PUT_ON_AGENDA", "この申請は「提出済み（受付待ち）」のため、「議題に掲載」はできません。");
		long version = version(this.jdbc, id);
		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version - 1))
			.andExpect(flash().attribute("flashErrorText", containsString("この申請は別の画面で先に更新されました。")));
		assertThat(status(this.jdbc, id)).isEqualTo("SUBMITTED");

		this.mvc.perform(act(STAFF, this.staff, id, "RECEIVE", version));
		expectRefused(STAFF, this.staff, id, "APPROVE", "この申請は「受付済み」のため、「承認」はできません。");
		expectRefused(PORTAL, this.operator, id, "WITHDRAW", "この申請は「受付済み」のため、「取下げ」はできません。");
		this.mvc.perform(get(STAFF + "/{id}", id).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("議題への掲載は、会議の画面で次第の協議事項にこの申請を指定して行います。"),
					not(containsString("value=\"PUT_ON_AGENDA\"")))));
		String agendaElsewhere = "議題への掲載と取り下げは、この画面ではなく会議の次第（協議事項に申請を指定する・外す）で行います。";
		expectRefused(STAFF, this.staff, id, "PUT_ON_AGENDA", agendaElsewhere);
		assertThat(this.applications.putOnAgenda(id, this.staff)).isEqualTo(ApplicationStatus.ON_AGENDA);
		this.mvc.perform(get(STAFF + "/{id}", id).with(user(this.staff)))
			.andExpect(content().string(allOf(not(containsString("value=\"REMOVE_FROM_AGENDA\"")),
					containsString("協議の結果（承認・条件付き承認・否決・継続審議）は、会議の結果として記録します。"),
					not(containsString("value=\"APPROVE\"")))));
		expectRefused(STAFF, this.staff, id, "APPROVE", "協議の結果（承認・否決など）は、この画面ではなく会議の結果として記録します。");
		expectRefused(PORTAL, this.operator, id, "REMOVE_FROM_AGENDA", "「議題から外す」は事務局が行う操作です。");
		expectRefused(STAFF, this.staff, id, "REMOVE_FROM_AGENDA", agendaElsewhere);
		assertThat(this.applications.removeFromAgenda(id, this.staff)).isEqualTo(ApplicationStatus.RECEIVED);
	}

	@Test
	void theOperatorWithdrawsADraftWhichStaffNeverSee() throws Exception {
		long id = ApplicationFixtures.create(this.mvc, this.operator, "DISSOLUTION", "area", "");
		this.mvc.perform(act(PORTAL, this.operator, id, "WITHDRAW", version(this.jdbc, id)));
		assertThat(status(this.jdbc, id)).isEqualTo("WITHDRAWN");
		this.mvc.perform(get(STAFF + "/{id}", id).with(user(this.staff))).andExpect(status().isNotFound());
		this.mvc.perform(get(PORTAL).with(user(this.operator)))
			.andExpect(content().string(allOf(containsString("合意の解除"), containsString("取下げ"))));
		long submittedThenWithdrawn = submitted("DISSOLUTION");
		this.mvc
			.perform(post(PORTAL + "/{id}/actions", submittedThenWithdrawn).param("action", "WITHDRAW")
				.param("version", Long.toString(version(this.jdbc, submittedThenWithdrawn)))
				.param("comment", "理事会で申請を見送ることにしたため。")
				.with(user(this.operator))
				.with(csrf()))
			.andExpect(redirectedUrl(PORTAL + "/" + submittedThenWithdrawn));
		this.mvc.perform(get(STAFF + "/{id}", submittedThenWithdrawn).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("取下げ"), containsString("理事会で申請を見送ることにしたため。"))));
	}

	@Test
	void attachedDocumentsAreDownloadedByTheOperatorAndStaffAsAttachments() throws Exception {
		long id = ApplicationFixtures.create(this.mvc, this.operator, "FARE_CHANGE");
		byte[] fareTable = pdf();
		this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "対価表.pdf", fareTable));
		this.mvc.perform(upload(this.operator, id, "COST_BASIS", "算定根拠.pdf", pdf()));
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)));
		long attachmentId = this.jdbc
			.sql("select id from application_attachment where application_id = :id and kind = 'FARE_TABLE'")
			.param("id", id)
			.query(Long.class)
			.single();
		for (String path : List.of(PORTAL, STAFF)) {
			AccountPrincipal who = path.equals(PORTAL) ? this.operator : this.staff;
			MvcResult result = this.mvc.perform(get(path + "/{id}/attachments/{a}", id, attachmentId).with(user(who)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Disposition", containsString("attachment;")))
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(fareTable);
		}
		long other = submitted("FARE_CHANGE");
		this.mvc.perform(get(STAFF + "/{id}/attachments/{a}", other, attachmentId).with(user(this.staff)))
			.andExpect(status().isNotFound());
	}

	private long submitted(String type) throws Exception {
		long id = ApplicationFixtures.create(this.mvc, this.operator, type);
		if (type.equals("FARE_CHANGE")) {
			this.mvc.perform(upload(this.operator, id, "FARE_TABLE", "対価表.pdf", pdf()));
			this.mvc.perform(upload(this.operator, id, "COST_BASIS", "算定根拠.pdf", pdf()));
		}
		this.mvc.perform(act(PORTAL, this.operator, id, "SUBMIT", version(this.jdbc, id)));
		assertThat(status(this.jdbc, id)).isEqualTo("SUBMITTED");
		return id;
	}

	private void expectRefused(String base, AccountPrincipal who, long id, String action, String message)
			throws Exception {
		String status = status(this.jdbc, id);
		long version = version(this.jdbc, id);
		long events = events(this.jdbc, id);
		long mails = mails(this.jdbc, id);
		this.mvc.perform(act(base, who, id, action, version))
			.andExpect(redirectedUrl(base + "/" + id))
			.andExpect(flash().attribute("flashErrorText", message));
		assertThat(status(this.jdbc, id)).isEqualTo(status);
		assertThat(version(this.jdbc, id)).isEqualTo(version);
		assertThat(events(this.jdbc, id)).isEqualTo(events);
		assertThat(mails(this.jdbc, id)).isEqualTo(mails);
	}

	private org.springframework.test.web.servlet.RequestBuilder returning(long id, long version, String... fields) {
		var request = post(STAFF + "/{id}/return", id).param("version", Long.toString(version));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request.with(user(this.staff)).with(csrf());
	}

	private long count() {
		return this.jdbc.sql("select count(*) from application where municipality_id = :m")
			.param("m", this.tenant.municipality().getId())
			.query(Long.class)
			.single();
	}

	private String catchUpdate(long id) {
		try {
			this.jdbc.sql("update application_attachment set kind = 'OTHER' where application_id = :id")
				.param("id", id)
				.update();
			return "updated";
		}
		catch (RuntimeException ex) {
			return String.valueOf(ex.getMessage());
		}
	}

}
