package jp.kyogikai.application;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kyogikai.support.TestDatabaseConfiguration;
import jp.kyogikai.support.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, where Tomcat enforces the multipart limits: a 26 MB document comes back
 * to the application's page with the Japanese message and nothing is stored; a small PDF
 * is attached through the form with the CSRF token in its URL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class ApplicationUploadLimitTests {

	static final String MESSAGE = "ファイルが大きすぎるため受け付けませんでした。20MBまでのファイルを選んでください。何も登録していません。";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"([^\"]*/attachments\\?_csrf=[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpClient client;

	long applicationId;

	String page;

	@BeforeEach
	void signInWithADraft() throws Exception {
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> loginPage = this.client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(loginPage.body());
		assertThat(token.find()).isTrue();
		String form = "username=nonbiri&password=demo&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = this.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		this.applicationId = this.jdbc.sql("""
				insert into application (municipality_id, operator_id, type, procedure, status, reason, created_by,
				  created_at, updated_by, updated_at)
				select o.municipality_id, o.id, 'FARE_CHANGE', 'DELIBERATION', 'DRAFT', '上限のテスト', 'nonbiri', now(),
				  'nonbiri', now()
				from operator o where o.name = '特定非営利活動法人 のんびり' returning id
				""").query(Long.class).single();
		this.page = "/operator-portal/applications/" + this.applicationId;
	}

	/**
	 * Removes the test's application and the files attached to it, and nothing else.
	 */
	@AfterEach
	void cleanUp() {
		List<Long> files = this.jdbc.sql("select stored_file_id from application_attachment where application_id = :id")
			.param("id", this.applicationId)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from application where id = :id").param("id", this.applicationId).update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
	}

	@Test
	void aDocumentOverTheServersLimitReturnsToThePageWithTheMessage() throws Exception {
		long before = files();
		byte[] large = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 26 * 1024 * 1024);
		HttpResponse<String> response = this.client.send(
				upload(uploadAction(), large).header("Referer", uri(this.page).toString()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith(this.page));
		HttpResponse<String> page = this.client.send(HttpRequest.newBuilder(uri(this.page)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.body()).contains(MESSAGE).contains("添付書類");
		assertThat(files()).isEqualTo(before);
		assertThat(attachments()).isZero();
	}

	@Test
	void aSmallPdfIsAttachedThroughTheFormWithTheTokenInItsUrl() throws Exception {
		byte[] pdf = ApplicationFixtures.pdf();
		HttpResponse<String> response = this.client.send(upload(uploadAction(), pdf).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(attachments()).isEqualTo(1);
	}

	private String uploadAction() throws Exception {
		return Uploads.formAction(this.client, uri(this.page), UPLOAD_ACTION);
	}

	private HttpRequest.Builder upload(String action, byte[] content) {
		return Uploads.multipart(uri(action), "kind", "FARE_TABLE", "対価表.pdf", content);
	}

	private long files() {
		return this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	private long attachments() {
		return ApplicationFixtures.attachments(this.jdbc, this.applicationId);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
