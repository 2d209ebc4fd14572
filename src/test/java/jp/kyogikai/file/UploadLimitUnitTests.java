package jp.kyogikai.file;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DisplayName("上限を超えたアップロード (UploadLimitAdvice, UploadLimitFilter)")
class UploadLimitUnitTests {

	@ParameterizedTest(name = "Referer [{0}] → [{1}]")
	@CsvSource(textBlock = """
			http://localhost/operators/1/vehicles/2/edit,            /operators/1/vehicles/2/edit
			http://LOCALHOST:8080/operator-portal/vehicles/2/edit?a=1, /operator-portal/vehicles/2/edit
			https://evil.example/operators/1/vehicles/2/edit,          ''
			http://localhost//evil.example/x,                          ''
			/operators/1/vehicles/2/edit,                              ''
			http://localhost,                                          ''
			'http://localhost/a b',                                    ''
			'',                                                        ''
			""")
	@DisplayName("戻り先は同じサーバーのパスだけ (ほかのサイトへは戻さない)")
	void goesBackOnlyToAPageOfThisServer(String referer, String expected) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.setServerName("localhost");
		if (!referer.isEmpty()) {
			request.addHeader("Referer", referer);
		}
		assertThat(UploadLimitAdvice.samePageBack(request)).isEqualTo(expected.isEmpty() ? null : expected);
	}

	@Test
	@DisplayName("本文を読めなかった要求は URL の問い合わせ部分の値だけを持ち、部品を求めると大きさの失敗になる")
	void aTooLargeRequestHasOnlyTheQueryParameters() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.setQueryString("_csrf=a%2Bb%3D&x&y=1&y=%E6%89%BF");
		request.addParameter("version", "0");
		UploadLimitFilter.TooLargeRequest tooLarge = new UploadLimitFilter.TooLargeRequest(request,
				new MaxUploadSizeExceededException(25));
		assertThat(tooLarge.getParameter("_csrf")).isEqualTo("a+b=");
		assertThat(tooLarge.getParameter("x")).isEmpty();
		assertThat(tooLarge.getParameterValues("y")).containsExactly("1", "承");
		assertThat(tooLarge.getParameter("version")).isNull();
		assertThat(tooLarge.getParameterMap()).containsOnlyKeys("_csrf", "x", "y");
		assertThatIllegalStateException().isThrownBy(tooLarge::getParts)
			.withMessageContaining("size exceeded")
			.withCauseInstanceOf(MaxUploadSizeExceededException.class);
		assertThat(UploadLimitFilter.TooLargeRequest.queryParameters(null)).isEqualTo(Map.of());
	}

}
