package jp.kyogikai.vehicle;

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
 * Over real HTTP (Tomcat enforces the multipart limits, MockMvc does not): a file above
 * Spring's limits comes back to the form with the Japanese message instead of a 500 or a
 * 403 for the lost CSRF token, and nothing is stored; the upload form itself works with
 * the token in its URL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class UseAgreementUploadLimitTests {

	static final String MESSAGE = "ファイルが大きすぎるため受け付けませんでした。20MBまでのファイルを選んでください。何も登録していません。";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"([^\"]*/use-agreement\\?_csrf=[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpClient client;

	long nonbiri;

	long vehicleId;

	String editPath;

	@BeforeEach
	void signInAndAddAVehicle() throws Exception {
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> loginPage = this.client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(loginPage.body());
		assertThat(token.find()).isTrue();
		String form = "username=staff&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = this.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		this.nonbiri = this.jdbc.sql("select id from operator where name = '特定非営利活動法人 のんびり'")
			.query(Long.class)
			.single();
		this.vehicleId = this.jdbc.sql("""
				insert into vehicle (operator_id, plate_number, vehicle_type, seats, ownership, inspection_expires_on)
				values (:o, '長野 501 の 9', 'SEDAN', 5, 'BROUGHT_IN', date '2099-03-31') returning id
				""").param("o", this.nonbiri).query(Long.class).single();
		this.editPath = "/operators/" + this.nonbiri + "/vehicles/" + this.vehicleId + "/edit";
	}

	/**
	 * Removes the test's vehicle and the files uploaded for it, and nothing else.
	 */
	@AfterEach
	void cleanUp() {
		List<Long> files = this.jdbc.sql("""
				select distinct use_agreement_file_id from vehicle_aud
				where id = :id and use_agreement_file_id is not null
				""").param("id", this.vehicleId).query(Long.class).list();
		this.jdbc.sql("delete from vehicle where id = :id").param("id", this.vehicleId).update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
	}

	@Test
	void aFileOverTheServersLimitReturnsToTheFormWithTheMessage() throws Exception {
		long before = files();
		String action = uploadAction();
		byte[] large = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 26 * 1024 * 1024);
		HttpResponse<String> response = this.client.send(
				upload(action, large).header("Referer", uri(this.editPath).toString()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith(this.editPath));
		HttpResponse<String> page = this.client.send(HttpRequest.newBuilder(uri(this.editPath)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(MESSAGE).contains("使用権原を証する書類（使用承諾書）");
		assertThat(files()).isEqualTo(before);
		assertThat(currentFile()).isNull();
	}

	@Test
	void withoutAReferrerTheMessageHasAPageOfItsOwn() throws Exception {
		long before = files();
		byte[] large = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 26 * 1024 * 1024);
		HttpResponse<String> response = this.client.send(upload(uploadAction(), large).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains(MESSAGE).contains("高橋 由美").doesNotContain("??");
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void aRequestOverTheRequestLimitIsAnsweredToo() throws Exception {
		long before = files();
		byte[] huge = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 40 * 1024 * 1024);
		HttpResponse<String> response = this.client.send(
				upload(uploadAction(), huge).header("Referer", uri(this.editPath).toString()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(files()).isEqualTo(before);
		assertThat(currentFile()).isNull();
	}

	@Test
	void aSmallPdfIsStoredThroughTheFormWithTheTokenInItsUrl() throws Exception {
		byte[] pdf = UseAgreementControllerTests.pdf();
		HttpResponse<String> response = this.client.send(upload(uploadAction(), pdf).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith(this.editPath));
		Long fileId = currentFile();
		assertThat(fileId).isNotNull();
		HttpResponse<byte[]> download = this.client.send(
				HttpRequest.newBuilder(uri(this.editPath.replace("/edit", "/use-agreement"))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((d) -> assertThat(d).startsWith("attachment;").contains("filename*=UTF-8''"));
	}

	private String uploadAction() throws Exception {
		return Uploads.formAction(this.client, uri(this.editPath), UPLOAD_ACTION);
	}

	private HttpRequest.Builder upload(String action, byte[] content) {
		return Uploads.multipart(uri(action), "version", "0", "承諾書.pdf", content);
	}

	private Long currentFile() {
		return this.jdbc.sql("select use_agreement_file_id from vehicle where id = :id")
			.param("id", this.vehicleId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long files() {
		return this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
