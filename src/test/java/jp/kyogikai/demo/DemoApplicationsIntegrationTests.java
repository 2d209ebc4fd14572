package jp.kyogikai.demo;

import java.util.List;
import java.util.Map;

import jp.kyogikai.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's applications: のんびり's 対価の変更, received as 7福有第1号 and waiting for the seed
 * meeting, with its two documents as PDFs; たんと's draft 変更登録, only notified; and the
 * addresses the status mails go to.
 */
@IntegrationTest
class DemoApplicationsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void nonbirisFareChangeWasReceivedWithItsDocumentsAndIsOnTheSeedMeetingsAgenda() throws Exception {
		Map<String, Object> application = this.jdbc
			.sql("""
					select a.id, a.type, a.procedure, a.status, a.received_number, a.area, a.reason, m.name as municipality
					from application a join operator o on o.id = a.operator_id join municipality m on m.id = a.municipality_id
					where o.name = '特定非営利活動法人 のんびり'
					""")
			.query()
			.singleRow();
		assertThat(application).containsEntry("type", "FARE_CHANGE")
			.containsEntry("procedure", "DELIBERATION")
			.containsEntry("status", "ON_AGENDA")
			.containsEntry("received_number", "7福有第1号")
			.containsEntry("area", "佐久市全域")
			.containsEntry("municipality", "佐久市");
		assertThat((String) application.get("reason")).contains("対価の金額を変更");
		long id = (Long) application.get("id");
		assertThat(this.jdbc.sql("""
				select coalesce(action, 'CREATED') || ' ' || actor_username || ' ' || to_status from application_event
				where application_id = :id order by at
				""").param("id", id).query(String.class).list()).containsExactly("CREATED nonbiri DRAFT",
				"SUBMIT nonbiri SUBMITTED", "RECEIVE staff RECEIVED", "PUT_ON_AGENDA staff ON_AGENDA");
		List<Map<String, Object>> documents = this.jdbc.sql("""
				select t.kind, t.version_number, f.file_name, f.media_type, f.uploaded_by, f.content
				from application_attachment t join stored_file f on f.id = t.stored_file_id
				where t.application_id = :id order by t.kind
				""").param("id", id).query().listOfRows();
		assertThat(documents).extracting((row) -> row.get("kind") + " " + row.get("file_name"))
			.containsExactly("COST_BASIS " + DemoApplications.COST_BASIS_FILE,
					"FARE_TABLE " + DemoApplications.FARE_TABLE_FILE);
		assertThat(documents).allSatisfy((row) -> assertThat(row).containsEntry("media_type", "application/pdf")
			.containsEntry("uploaded_by", "system")
			.containsEntry("version_number", 1));
		assertThat(text((byte[]) documents.get(1).get("content"))).contains("旅客から收受する対価", "特定非営利活動法人のんびり", "2kmまで350円",
				"デモ用の架空の書類です");
		assertThat(text((byte[]) documents.get(0).get("content"))).contains("対価の算定根拠", "実費の範囲内");
	}

	@Test
	void tantoHasADraftChangeThatIsOnlyNotified() {
		assertThat(this.jdbc.sql("""
				select a.type || ' ' || a.procedure || ' ' || a.status || ' ' || a.change_items from application a
				join operator o on o.id = a.operator_id where o.name = '特定非営利活動法人 たんと'
				""").query(String.class).list()).containsExactly("CHANGE NOTIFICATION DRAFT OFFICE,VEHICLE_COUNT");
	}

	@Test
	void theStatusMailsHaveTheirAddresses() {
		assertThat(this.jdbc
			.sql("select name || ' ' || secretariat_email from municipality where name in ('佐久市', '小諸市') "
					+ "order by name")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("佐久市 " + DemoApplications.SAKU_SECRETARIAT_EMAIL,
					"小諸市 " + DemoApplications.KOMORO_SECRETARIAT_EMAIL);
		assertThat(this.jdbc.sql("""
				select name || ' ' || contact_email from operator
				where name in ('特定非営利活動法人 のんびり', '特定非営利活動法人 たんと') order by name
				""").query(String.class).list()).containsExactlyInAnyOrder(
				"特定非営利活動法人 のんびり " + DemoApplications.NONBIRI_EMAIL, "特定非営利活動法人 たんと " + DemoApplications.TANTO_EMAIL);
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

}
