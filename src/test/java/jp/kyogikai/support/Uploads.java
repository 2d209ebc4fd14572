package jp.kyogikai.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads as a browser sends them to a running server, for the tests of the upload limits
 * (which MockMvc does not enforce): the form's action read from its page (with the CSRF
 * token in the URL, as the upload forms carry it) and a multipart body.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * The action of the upload form on a page.
	 * @param client a client signed in
	 * @param page the page with the form
	 * @param action the pattern of the action, its group 1 the URL
	 * @return the action's URL, unescaped
	 */
	public static String formAction(HttpClient client, URI page, Pattern action)
			throws IOException, InterruptedException {
		HttpResponse<String> shown = client.send(HttpRequest.newBuilder(page).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(shown.statusCode()).isEqualTo(200);
		Matcher matcher = action.matcher(shown.body());
		assertThat(matcher.find()).as("the upload form's action with the CSRF token").isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

	/**
	 * A multipart body as a browser sends it, but without the token in the body, which
	 * Tomcat does not read once a part is over the limit.
	 * @param action where to post
	 * @param field a plain field sent before the file
	 * @param value its value
	 * @param fileName the file's name
	 * @param content the file
	 * @return the request, to be completed and built
	 */
	public static HttpRequest.Builder multipart(URI action, String field, String value, String fileName,
			byte[] content) {
		String boundary = "----kyogikai" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
				+ "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return HttpRequest.newBuilder(action)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
