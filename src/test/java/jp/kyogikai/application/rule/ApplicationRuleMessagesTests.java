package jp.kyogikai.application.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("協議申請の規則の日本語 (messages.properties)")
class ApplicationRuleMessagesTests {

	private static final Pattern CODE = Pattern.compile("\"((?:application|fare|taxiFare)\\.[A-Za-z.]+)\"");

	@Test
	@DisplayName("規則の列挙型はすべて enum.<型>.<名前> の表示名を持つ")
	void everyEnumHasAJapaneseLabel() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Class<? extends Enum<?>> type : List.of(ApplicationType.class, ApplicationStatus.class,
				ApplicationAction.class, ApplicationActor.class, DecisionOutcome.class, Procedure.class,
				ChangeItem.class, AttachmentKind.class, FareMethod.class, ChargeKind.class, ChargeUnit.class,
				SampleTrip.class)) {
			for (Enum<?> constant : type.getEnumConstants()) {
				String key = "enum." + type.getSimpleName() + "." + constant.name();
				if (!messages.containsKey(key)) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	@DisplayName("規則が返すメッセージコードはすべて定義されている")
	void everyCodeTheRulesUseIsDefined() throws IOException {
		Properties messages = messages();
		TreeSet<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/jp/kyogikai/application/rule"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		assertThat(codes).as("codes found in the rules").hasSizeGreaterThan(25);
		assertThat(codes).filteredOn((code) -> !messages.containsKey(code)).isEmpty();
	}

	@Test
	@DisplayName("項目名 ({0}) を使うメッセージの項目には表示名がある")
	void everyFieldQuotedByItsMessageHasALabel() throws IOException {
		Properties messages = messages();
		List<ApplicationViolation> violations = new ArrayList<>();
		violations.addAll(FareSchedule.of(new DistanceFare(-1, -1, 0, -1)).violations());
		violations.addAll(FareSchedule.of(new TimeFare(-1, -1, 0, -1)).violations());
		violations.addAll(new FareSchedule(new FlatFare(-1), null, new DynamicBand(-1, -1)).violations());
		violations.addAll(new FareSchedule(null, null, null).violations());
		violations.addAll(new TaxiFare(0, 0, 0, 0, -1, 0).violations());
		violations.addAll(new TaxiFare(1, 1, 1, 1, 0, 1).violations());
		assertThat(violations).hasSizeGreaterThan(15);
		List<String> missing = violations.stream()
			.filter((v) -> messages.getProperty(v.code(), "").contains("{0}"))
			.map(ApplicationViolation::field)
			.filter((field) -> !messages.containsKey(field))
			.toList();
		assertThat(missing).isEmpty();
	}

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ApplicationRuleMessagesTests.class.getResourceAsStream("/messages.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
