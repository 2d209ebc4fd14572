package jp.kyogikai.demo;

import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.support.DemoCouncils;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data follows the seed meeting of 佐久市 and shows a second municipality.
 */
@IntegrationTest
class DemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoDataLoader loader;

	@Test
	void theSakuCouncilHasTheCharterOfItsSetsuchiYoko() {
		long council = DemoCouncils.id(this.jdbc, DemoCouncils.SAKU);
		String settings = this.jdbc.sql("""
				select max_members || ',' || term_months || ',' || quorum_rule || ',' || decision_rule || ','
				       || recusal_enabled from charter where council_id = :id
				""").param("id", council).query(String.class).single();
		assertThat(settings).isEqualTo("10,12,MAJORITY,MAJORITY_OF_PRESENT,true");
		String text = this.jdbc.sql("select text from charter where council_id = :id")
			.param("id", council)
			.query(String.class)
			.single();
		assertThat(text).contains("委員10人以内をもって組織する").contains("委員の過半数が出席しなければ");
	}

	@Test
	void theSakuCouncilHasTheSevenCategoriesOfTheRosterInOrder() {
		List<String> names = this.jdbc
			.sql("select name from member_category where council_id = :id order by sort_order")
			.param("id", DemoCouncils.id(this.jdbc, DemoCouncils.SAKU))
			.query(String.class)
			.list();
		assertThat(names).containsExactly("識見を有する者", "長野運輸支局長が指定する職員", "現に福祉有償運送を行っているNPO等", "タクシー事業者", "タクシー運転者",
				"福祉有償運送の利用者", "市職員");
	}

	@Test
	void theFiveOperatorsOfTheSeedListHaveTheirExpiryDates() {
		List<String> operators = this.jdbc.sql("""
				select o.name || ' ' || o.registration_expires_on from operator o
				join municipality m on m.id = o.municipality_id where m.name = '佐久市' order by o.name
				""").query(String.class).list();
		assertThat(operators).containsExactlyInAnyOrder("社会福祉法人 山栄会 " + LocalDate.of(2026, 3, 31),
				"特定非営利活動法人 たんと " + LocalDate.of(2026, 3, 31), "特定非営利活動法人 のんびり " + LocalDate.of(2028, 3, 31),
				"社会医療法人 恵仁会 " + LocalDate.of(2026, 3, 31), "社会福祉法人 望月悠玄福祉会 " + LocalDate.of(2027, 9, 18));
	}

	@Test
	void everyDemoAccountHasItsRoleAndScope() {
		List<String> accounts = this.jdbc.sql("""
				select u.username || ':' || u.role || ':' || coalesce(m.name, o.name, '-') from app_user u
				left join municipality m on m.id = u.municipality_id left join operator o on o.id = u.operator_id
				where u.username in ('admin', 'staff', 'staff2', 'chair', 'member', 'nonbiri', 'tanto')
				""").query(String.class).list();
		assertThat(accounts).containsExactlyInAnyOrder("admin:ADMIN:-", "staff:SECRETARIAT:佐久市",
				"staff2:SECRETARIAT:小諸市", "chair:MEMBER:-", "member:MEMBER:-", "nonbiri:OPERATOR:特定非営利活動法人 のんびり",
				"tanto:OPERATOR:特定非営利活動法人 たんと");
	}

	@Test
	void nonbiriHasOneMinorAccidentAndOneResolvedComplaint() {
		List<String> accidents = this.jdbc.sql("""
				select a.occurred_on || ' ' || a.serious || ' ' || a.entered_by_operator from accident a
				join operator o on o.id = a.operator_id where o.name = '特定非営利活動法人 のんびり'
				""").query(String.class).list();
		assertThat(accidents).containsExactly(LocalDate.of(2025, 11, 12) + " false true");
		List<String> complaints = this.jdbc.sql("""
				select c.received_on || ' ' || c.resolved_on from complaint c
				join operator o on o.id = c.operator_id where o.name = '特定非営利活動法人 のんびり'
				""").query(String.class).list();
		assertThat(complaints).containsExactly(LocalDate.of(2025, 9, 3) + " " + LocalDate.of(2025, 9, 10));
	}

	@Test
	void loadingAgainChangesNothing() throws Exception {
		int before = count();
		this.loader.run(new DefaultApplicationArguments());
		assertThat(count()).isEqualTo(before);
	}

	private int count() {
		return this.jdbc
			.sql("select (select count(*) from council) + (select count(*) from operator) "
					+ "+ (select count(*) from app_user where username not like 'user-%') "
					+ "+ (select count(*) from accident) + (select count(*) from complaint)")
			.query(Integer.class)
			.single();
	}

}
