package jp.kyogikai.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jp.kyogikai.council.Council;
import jp.kyogikai.council.CouncilSetupService;
import jp.kyogikai.council.CouncilType;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.TransportKind;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.council.rule.DecisionBase;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.council.rule.TieBreak;
import jp.kyogikai.incident.AccidentForm;
import jp.kyogikai.incident.ComplaintForm;
import jp.kyogikai.incident.IncidentSetupService;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.operator.OperatorType;
import jp.kyogikai.security.UserAccount;
import jp.kyogikai.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data once, into an empty database.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("kyogikai.demo-data.enabled")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	static final String SAKU = "202177";

	static final String KOMORO = "202088";

	static final String DEMO_PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final CouncilSetupService setup;

	private final OperatorRepository operators;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final DemoMembers members;

	private final IncidentSetupService incidents;

	private final DemoVehicles vehicles;

	private final DemoStatistics statistics;

	private final DemoFares fares;

	private final DemoApplications applications;

	private final DemoMeetings meetings;

	private final DemoNonbiri nonbiri;

	private long sakuCouncilId;

	DemoDataLoader(CouncilSetupService setup, OperatorRepository operators, UserAccountRepository users,
			PasswordEncoder passwordEncoder, DemoMembers members, IncidentSetupService incidents, DemoVehicles vehicles,
			DemoStatistics statistics, DemoFares fares, DemoApplications applications, DemoMeetings meetings,
			DemoNonbiri nonbiri) {
		this.meetings = meetings;
		this.nonbiri = nonbiri;
		this.setup = setup;
		this.operators = operators;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.members = members;
		this.incidents = incidents;
		this.vehicles = vehicles;
		this.statistics = statistics;
		this.fares = fares;
		this.applications = applications;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.setup.findMunicipality(SAKU).isEmpty()) {
			loadCouncilsOperatorsAndUsers();
		}
		Map<String, Long> members = this.members.load();
		if (!members.isEmpty()) {
			this.meetings.loadReplies(members);
		}
		this.statistics.load();
	}

	private void loadCouncilsOperatorsAndUsers() {
		Municipality saku = this.setup.createMunicipality(SAKU, "長野県", "佐久市");
		Municipality komoro = this.setup.createMunicipality(KOMORO, "長野県", "小諸市");
		sakuCouncil(saku);
		komoroCouncil(komoro);
		Operator nonbiri = sakuOperators(saku);
		this.nonbiri.load(nonbiri);
		nonbiriIncidents(nonbiri.getId());
		Operator tanto = this.operators.findByMunicipalityIdAndName(saku.getId(), "特定非営利活動法人 たんと").orElseThrow();
		Operator asama = this.operators.save(deliberated(
				new Operator(komoro.getId(), "特定非営利活動法人 あさまの風", OperatorType.NPO, null, LocalDate.of(2027, 6, 30)),
				LocalDate.of(2024, 5, 23)));
		this.vehicles.load(tanto);
		this.fares.load(saku.getId(),
				new DemoFares.Operators(nonbiri.getId(), tanto.getId(), sakuOperator(saku, "社会福祉法人 山栄会"),
						sakuOperator(saku, "社会医療法人 恵仁会"), sakuOperator(saku, "社会福祉法人 望月悠玄福祉会")));
		String demo = this.passwordEncoder.encode(DEMO_PASSWORD);
		this.users.saveAll(List.of(UserAccount.admin("admin", demo, "システム管理者"),
				UserAccount.secretariat("staff", demo, "高橋 由美", saku.getId()),
				UserAccount.secretariat("staff2", demo, "山本 健", komoro.getId()),
				UserAccount.operator("nonbiri", demo, "森田 恵子", nonbiri.getId()),
				UserAccount.operator("tanto", demo, "藤井 誠", tanto.getId()),
				UserAccount.operator("asama", demo, "石井 和也", asama.getId())));
		long fareChange = this.applications.load(saku.getId(), komoro.getId(), nonbiri, tanto);
		this.meetings.load(this.sakuCouncilId, nonbiri, fareChange);
		log.info("デモデータを登録しました（佐久市・小諸市、アカウント admin / staff / staff2 / chair / member / nonbiri / tanto / asama）");
	}

	private void sakuCouncil(Municipality saku) {
		Council council = new Council("佐久市福祉有償運送運営協議会", CouncilType.OPERATING_COUNCIL, saku, "福祉部高齢者福祉課",
				EnumSet.of(TransportKind.WELFARE));
		this.sakuCouncilId = this.setup
			.createCouncil(council, CharterSettings.typical(), resource("demo/saku-charter.txt"),
					LocalDate.of(2017, 4, 1),
					List.of("識見を有する者", "長野運輸支局長が指定する職員", "現に福祉有償運送を行っているNPO等", "タクシー事業者", "タクシー運転者", "福祉有償運送の利用者",
							"市職員"))
			.getId();
	}

	private void komoroCouncil(Municipality komoro) {
		Council council = new Council("小諸市地域公共交通会議", CouncilType.REGIONAL_TRANSPORT_COUNCIL, komoro, "企画課",
				EnumSet.of(TransportKind.WELFARE, TransportKind.TRANSPORT_GAP));
		CharterSettings settings = new CharterSettings(20, 24, QuorumRule.HALF_OR_MORE,
				DecisionRule.MAJORITY_OF_PRESENT, DecisionBase.PRESENT_AND_ENTITLED, TieBreak.CHAIR_DECIDES, false,
				ProxyPolicy.ATTENDS_WITHOUT_VOTE, true, true, CharterSettings.STATUTORY_MIN_PER_PERSON,
				CharterSettings.STATUTORY_MIN_PROPERTY, CharterSettings.STATUTORY_MIN_PASSENGER, 2, 4);
		this.setup.createCouncil(council, settings, "小諸市地域公共交通会議設置要綱（デモ用の架空の要綱です。）\n第1条 道路運送法に基づき、地域公共交通会議を置く。",
				LocalDate.of(2024, 4, 1),
				List.of("市長又はその指名する者", "一般乗合旅客自動車運送事業者", "一般乗用旅客自動車運送事業者", "住民又は旅客", "運輸支局長又はその指名する者", "学識経験者"));
	}

	private Operator sakuOperators(Municipality saku) {
		long id = saku.getId();
		// last deliberated: the council meeting before each current registration period
		// began
		LocalDate renewals2023 = LocalDate.of(2023, 2, 16);
		this.operators.saveAll(List.of(
				deliberated(new Operator(id, "社会福祉法人 山栄会", OperatorType.SOCIAL_WELFARE_CORPORATION, null,
						LocalDate.of(2026, 3, 31)), renewals2023),
				deliberated(new Operator(id, "特定非営利活動法人 たんと", OperatorType.NPO, null, LocalDate.of(2026, 3, 31)),
						renewals2023),
				deliberated(new Operator(id, "社会医療法人 恵仁会", OperatorType.SOCIAL_MEDICAL_CORPORATION, null,
						LocalDate.of(2026, 3, 31)), renewals2023),
				deliberated(new Operator(id, "社会福祉法人 望月悠玄福祉会", OperatorType.SOCIAL_WELFARE_CORPORATION, null,
						LocalDate.of(2027, 9, 18)), LocalDate.of(2024, 8, 8))));
		return this.operators
			.save(deliberated(new Operator(id, "特定非営利活動法人 のんびり", OperatorType.NPO, null, LocalDate.of(2028, 3, 31)),
					LocalDate.of(2025, 2, 20)));
	}

	private long sakuOperator(Municipality saku, String name) {
		return this.operators.findByMunicipalityIdAndName(saku.getId(), name).orElseThrow().getId();
	}

	private static Operator deliberated(Operator operator, LocalDate on) {
		operator.recordDeliberation(on);
		return operator;
	}

	/**
	 * One minor accident and one resolved complaint that のんびり reported, so that its pages
	 * are not empty. Neither shortens its renewal (no serious accident).
	 */
	private void nonbiriIncidents(long nonbiri) {
		AccidentForm accident = new AccidentForm();
		accident.setOccurredOn(LocalDate.of(2025, 11, 12));
		accident.setPlace("佐久市中込 佐久総合病院の玄関前");
		accident.setDescription("利用者を降ろした後、車いす用リフトを収納する前に発車しかけ、リフトが歩道の縁石に接触した。");
		accident.setOutcome("人的被害なし。リフトの端に擦り傷。");
		accident.setMeasures("リフトの収納を運転者と介助者の2人で確認してから発車する手順に改め、運転者全員に研修を行った。");
		this.incidents.reportAccident(nonbiri, accident);
		ComplaintForm complaint = new ComplaintForm();
		complaint.setReceivedOn(LocalDate.of(2025, 9, 3));
		complaint.setComplainant("利用者の家族");
		complaint.setContent("通院の迎えが約束の時刻より20分遅れたが、事前に連絡がなかった。");
		complaint.setResponse("配車担当者が家族に謝罪した。遅れが見込まれるときは10分前までに電話で連絡することを運転者全員に周知した。");
		complaint.setResolvedOn(LocalDate.of(2025, 9, 10));
		this.incidents.reportComplaint(nonbiri, complaint);
	}

	private static String resource(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
