package jp.kyogikai.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.kyogikai.audit.RecordChange;
import jp.kyogikai.compliance.ComplianceReport;
import jp.kyogikai.council.CouncilType;
import jp.kyogikai.council.TransportKind;
import jp.kyogikai.council.rule.DecisionBase;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.council.rule.TieBreak;
import jp.kyogikai.driver.rule.ApprovedCourse;
import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.operator.ManagerRole;
import jp.kyogikai.mail.MailStatus;
import jp.kyogikai.operator.OperatorType;
import jp.kyogikai.security.Role;
import jp.kyogikai.vehicle.Ownership;
import jp.kyogikai.vehicle.rule.VehicleType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a template names exists, every message code the Java code names (rule
 * findings, report texts) exists, and every enum shown to users has a Japanese label.
 */
class MessagesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

	/**
	 * A string literal that looks like a dotted message code:
	 * {@code "compliance.section.vehicles"}.
	 */
	private static final Pattern JAVA_CODE = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

	@Test
	void everyKeyUsedInATemplateIsDefined() throws IOException {
		Properties messages = messages();
		TreeSet<String> missing = new TreeSet<>();
		int keys = 0;
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					keys++;
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(keys).as("message keys found in templates").isGreaterThan(100);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageCodeNamedInJavaIsDefined() throws IOException {
		Properties messages = messages();
		Set<String> namespaces = messages.stringPropertyNames()
			.stream()
			.filter((key) -> key.contains("."))
			.map((key) -> key.substring(0, key.indexOf('.')))
			.collect(Collectors.toSet());
		TreeSet<String> found = new TreeSet<>();
		TreeSet<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					String code = matcher.group(1);
					if (namespaces.contains(code.substring(0, code.indexOf('.')))) {
						found.add(code);
						if (!messages.containsKey(code)) {
							missing.add(source.getFileName() + ": " + code);
						}
					}
				}
			}
		}
		assertThat(found).as("message codes found in Java")
			.contains("compliance.section.management", "compliance.manager.missing",
					"compliance.registration.renewalDue", "compliance.text", "operationManager.tooFew",
					"insurance.perPerson.notUnlimited", "insurance.standard.councils", "insurance.minimum.atLeast",
					"charter.insurance.negative");
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownToUsersHasAJapaneseLabel() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Class<? extends Enum<?>> type : List.of(Role.class, CouncilType.class, TransportKind.class,
				QuorumRule.class, DecisionRule.class, DecisionBase.class, TieBreak.class, ProxyPolicy.class,
				OperatorType.class, RecordChange.Kind.class, jp.kyogikai.vehicle.VehicleExpiry.Deadline.class,
				VehicleType.class, Ownership.class, LicenceClass.class, ApprovedCourse.class, ManagerRole.class,
				ComplianceReport.Status.class, MailStatus.class, jp.kyogikai.driver.ViolationKind.class,
				jp.kyogikai.incident.ActionKind.class, jp.kyogikai.operator.rule.PeriodEventKind.class,
				jp.kyogikai.voting.AttendeeKind.class, jp.kyogikai.meeting.rule.AgendaItemKind.class,
				jp.kyogikai.voting.PresiderKind.class, jp.kyogikai.voting.Nomination.class)) {
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
	void noKeyIsDefinedTwice() throws IOException {
		List<String> keys = new ArrayList<>();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/messages.properties")) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
				.map((line) -> line.substring(0, line.indexOf('=')).strip())
				.forEach(keys::add);
		}
		assertThat(keys).doesNotHaveDuplicates();
	}

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/messages.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
