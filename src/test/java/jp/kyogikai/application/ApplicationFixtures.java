package jp.kyogikai.application;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Applications made through the pages, as an operator and staff would, and the clean-up
 * after a test (its applications and their stored files, so that no test leaves files
 * behind that another test's clean-up could not delete).
 */
final class ApplicationFixtures {

	static final String PORTAL = "/operator-portal/applications";

	static final String STAFF = "/applications";

	/**
	 * Proposed fares as the form posts them: 2kmまで400円、以降1kmごとに100円, 迎車 1回150円.
	 */
	static final Map<String, String> FARES = fares("400");

	private ApplicationFixtures() {
	}

	/**
	 * Proposed fares as the form posts them, a distance fare of 2 km with this base fare,
	 * then 100円 per km, and a 迎車回送料金 of 150円 per trip.
	 */
	static Map<String, String> fares(String baseFare) {
		Map<String, String> fares = new LinkedHashMap<>();
		fares.put("proposedFares.method", "DISTANCE");
		fares.put("proposedFares.baseMetres", "2000");
		fares.put("proposedFares.baseFare", baseFare);
		fares.put("proposedFares.incrementMetres", "1000");
		fares.put("proposedFares.incrementFare", "100");
		fares.put("proposedFares.otherCharges[0].kind", "PICK_UP");
		fares.put("proposedFares.otherCharges[0].amount", "150");
		fares.put("proposedFares.otherCharges[0].unit", "PER_TRIP");
		fares.put("proposedFares.otherCharges[0].appliesWhen", "自宅へ迎えに行くとき");
		return fares;
	}

	/**
	 * Adds the {@link #FARES} to a request of the application form.
	 */
	static MockHttpServletRequestBuilder withFares(MockHttpServletRequestBuilder request) {
		return withFares(request, FARES);
	}

	/**
	 * Adds proposed fares to a request of the application form.
	 */
	static MockHttpServletRequestBuilder withFares(MockHttpServletRequestBuilder request, Map<String, String> fares) {
		fares.forEach(request::param);
		return request;
	}

	/**
	 * A new draft through the portal's form.
	 * @return the new application's id
	 */
	static long create(MockMvc mvc, AccountPrincipal operator, String type, String... overrides) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("type", type);
		fields.put("area", "テスト市全域");
		fields.put("reason", "燃料費が上がったため、対価を変更したい。");
		fields.put("remarks", "");
		fields.put("version", "0");
		fields.putAll(FARES);
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(PORTAL + "/new");
		fields.forEach(request::param);
		MvcResult result = mvc.perform(request.with(user(operator)).with(csrf())).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("redirect after creating").startsWith(PORTAL + "/");
		return Long.parseLong(location.substring(PORTAL.length() + 1));
	}

	static MockMultipartHttpServletRequestBuilder upload(AccountPrincipal operator, long id, String kind,
			String fileName, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart(PORTAL + "/{id}/attachments", id);
		request.file(new MockMultipartFile("file", fileName, "application/pdf", content));
		if (kind != null) {
			request.param("kind", kind);
		}
		request.with(user(operator)).with(csrf());
		return request;
	}

	static MockHttpServletRequestBuilder act(String base, AccountPrincipal user, long id, String action, long version) {
		return post(base + "/{id}/actions", id).param("action", action)
			.param("version", Long.toString(version))
			.with(user(user))
			.with(csrf());
	}

	static long version(JdbcClient jdbc, long id) {
		return jdbc.sql("select version from application where id = :id").param("id", id).query(Long.class).single();
	}

	static String status(JdbcClient jdbc, long id) {
		return jdbc.sql("select status from application where id = :id").param("id", id).query(String.class).single();
	}

	static long events(JdbcClient jdbc, long id) {
		return jdbc.sql("select count(*) from application_event where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	static long attachments(JdbcClient jdbc, long id) {
		return jdbc.sql("select count(*) from application_attachment where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	static long files(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	static long mails(JdbcClient jdbc, long id) {
		return jdbc.sql("select count(*) from mail_outbox where reference = :r")
			.param("r", "application:" + id)
			.query(Long.class)
			.single();
	}

	/**
	 * Deletes the applications of a municipality (their events, comments and attachments
	 * go with them) and the files uploaded there by users.
	 */
	static void cleanUp(JdbcClient jdbc, long municipalityId) {
		jdbc.sql("delete from application where municipality_id = :m").param("m", municipalityId).update();
		jdbc.sql("""
				delete from stored_file f where f.municipality_id = :m and f.uploaded_by <> 'system'
				and not exists (select 1 from vehicle v where v.use_agreement_file_id = f.id)
				and not exists (select 1 from application_attachment a where a.stored_file_id = f.id)
				""").param("m", municipalityId).update();
	}

	static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
