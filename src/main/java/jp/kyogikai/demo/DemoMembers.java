package jp.kyogikai.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.council.Council;
import jp.kyogikai.council.CouncilSetupService;
import jp.kyogikai.member.Appointment;
import jp.kyogikai.member.Member;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.UserAccount;
import jp.kyogikai.security.UserAccountRepository;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The 佐久市 council's nine members (資料No.1 of the seed meeting, with invented names), in
 * office for the term R6.8.10～R7.8.9 and reappointed twice since, so the roster of the
 * seed meeting's day and today's both show them; the logins {@code chair} and
 * {@code member}.
 */
@Component
class DemoMembers {

	/** The seed roster's term (任期R6.8.10～R7.8.9). */
	static final LocalDate FIRST_TERM_START = LocalDate.of(2024, 8, 10);

	private static final int TERMS = 3;

	private final CouncilService councils;

	private final MemberSetupService setup;

	private final CouncilSetupService councilSetup;

	private final OperatorRepository operators;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	DemoMembers(CouncilService councils, CouncilSetupService councilSetup, MemberSetupService setup,
			OperatorRepository operators, UserAccountRepository users, PasswordEncoder passwordEncoder) {
		this.councils = councils;
		this.setup = setup;
		this.councilSetup = councilSetup;
		this.operators = operators;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Enters the roster unless the council has one.
	 * @return the members entered by name, empty when none was
	 */
	Map<String, Long> load() {
		Council saku = this.councilSetup.findCouncil("佐久市福祉有償運送運営協議会").orElse(null);
		if (saku == null || this.setup.hasAppointments(saku.getId())) {
			return Map.of();
		}
		Map<String, Long> entered = new LinkedHashMap<>();
		CouncilRules rules = this.councils.rulesOf(saku.getId());
		Map<String, Long> category = rules.categories()
			.stream()
			.collect(Collectors.toMap(CouncilRules.Category::name, CouncilRules.Category::id));
		long municipalityId = saku.getSecretariatMunicipality().getId();
		Long tanto = this.operators.findByMunicipalityIdAndName(municipalityId, "特定非営利活動法人 たんと")
			.map((o) -> o.getId())
			.orElse(null);
		// name, furigana, category, affiliation, operator, office, e-mail (example.jp is
		// reserved
		// for examples; 井上 has none and receives papers by post)
		List<Object[]> roster = List.of(
				new Object[] { "中村 光一", "なかむら こういち", "識見を有する者", "佐久市区長会 理事", null, OfficerRole.CHAIR,
						"nakamura.koichi@example.jp" },
				new Object[] { "小川 さくら", "おがわ さくら", "識見を有する者", "佐久市民生児童委員協議会 副会長", null, null,
						"ogawa.sakura@example.jp" },
				new Object[] { "村井 誠一", "むらい せいいち", "識見を有する者", "長野県企画振興部交通政策課 課長", null, OfficerRole.VICE_CHAIR,
						"murai.seiichi@example.jp" },
				new Object[] { "青木 隆", "あおき たかし", "長野運輸支局長が指定する職員", "国土交通省北陸信越運輸局 長野運輸支局 主席運輸企画専門官(輸送・監査担当)", null,
						null, "aoki.takashi@example.jp" },
				new Object[] { "清水 直子", "しみず なおこ", "現に福祉有償運送を行っているNPO等", "特定非営利活動法人 たんと 管理者", tanto, null,
						"shimizu.naoko@example.jp" },
				new Object[] { "原田 浩二", "はらだ こうじ", "タクシー事業者", "岩村田観光タクシー(株) 代表取締役", null, null,
						"harada.koji@example.jp" },
				new Object[] { "松本 和美", "まつもと かずみ", "タクシー運転者", "岩村田観光タクシー(株) 運行管理者", null, null,
						"matsumoto.kazumi@example.jp" },
				new Object[] { "井上 義男", "いのうえ よしお", "福祉有償運送の利用者", "佐久市身体障害者福祉協会 会長", null, null, null },
				new Object[] { "田中 誠", "たなか まこと", "市職員", "福祉部 部長", null, null, "tanaka.makoto@example.jp" });
		String demo = this.passwordEncoder.encode(DemoDataLoader.DEMO_PASSWORD);
		for (Object[] row : roster) {
			Member member = this.setup.createMember(municipalityId, new PersonDetails((String) row[0], (String) row[1],
					(String) row[6], (String) row[3], (Long) row[4]));
			entered.put((String) row[0], member.getId());
			Term term = Term.standard(FIRST_TERM_START, rules.settings().termMonths());
			for (int i = 0; i < TERMS; i++) {
				Appointment appointment = this.setup.appoint(saku.getId(), member, category.get((String) row[2]), term);
				if (row[5] != null) {
					this.setup.elect(appointment, (OfficerRole) row[5], term.start().plusDays(10));
				}
				term = term.next(rules.settings().termMonths());
			}
			if (row[5] == OfficerRole.CHAIR) {
				linkLogin("chair", (String) row[0], member, demo);
			}
			if ("小川 さくら".equals(row[0])) {
				linkLogin("member", (String) row[0], member, demo);
			}
		}
		return entered;
	}

	private void linkLogin(String username, String displayName, Member member, String passwordHash) {
		this.users.findByUsername(username)
			.ifPresentOrElse((user) -> user.linkMember(member.getId()),
					() -> this.users.save(UserAccount.member(username, passwordHash, displayName, member.getId())));
	}

}
