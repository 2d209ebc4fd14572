package jp.kyogikai.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks up the demo data's councils by name, since ids depend on what ran before.
 */
public final class DemoCouncils {

	public static final String SAKU = "佐久市福祉有償運送運営協議会";

	public static final String KOMORO = "小諸市地域公共交通会議";

	private DemoCouncils() {
	}

	public static long id(JdbcClient jdbc, String name) {
		return jdbc.sql("select id from council where name = :name").param("name", name).query(Long.class).single();
	}

}
