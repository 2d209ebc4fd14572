package jp.kyogikai.statistics.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.kyogikai.statistics.rule.CompanyLayout.Column;

/**
 * The tables of a municipality's statistics, in the order of the seed's 【佐久市の状況】, each
 * with its layout: a table of counts ({@link MatrixLayout}) or a list of companies
 * ({@link CompanyLayout}). Row and column keys name the labels in
 * {@code messages.properties} ({@code statistics.row.<SECTION>.<ROW>},
 * {@code statistics.column.<SECTION>.<COLUMN>}).
 */
public enum StatisticsSection {

	/** 人口等の状況: 人口 and うち65歳以上人口; the 高齢化率 is computed. */
	POPULATION("population", null,
			MatrixLayout.of(List.of(AgingRate.POPULATION, AgingRate.AGED_65_AND_OVER), List.of(AgingRate.PERSONS)),
			null),

	/**
	 * 要介護（要支援）認定者数 by level for 第1号被保険者 (entered as its two age bands) and 第2号被保険者, with
	 * 総数.
	 */
	CARE_CERTIFICATION("care-certification", Group.CARE,
			MatrixLayout.of(List.of("AGED_65_74", "AGED_75_PLUS", "SECOND_INSURED"), careLevels())
				.withSubtotal("FIRST_INSURED", "AGED_65_74", "AGED_75_PLUS")
				.withTotalRow()
				.withTotalColumn(),
			null),

	/** 居宅介護（要介護）サービス受給者数 by level, 第1号 and 第2号被保険者, with 総数. */
	HOME_CARE_SERVICE("home-care-service", Group.CARE,
			MatrixLayout.of(List.of("FIRST_INSURED", "SECOND_INSURED"), careLevels()).withTotalRow().withTotalColumn(),
			null),

	/** 身体障害者手帳取得者: 等級 1–6 by 障害種別, with totals both ways. */
	PHYSICAL_DISABILITY("physical-disability", null,
			MatrixLayout
				.of(List.of("GRADE_1", "GRADE_2", "GRADE_3", "GRADE_4", "GRADE_5", "GRADE_6"),
						List.of("VISUAL", "HEARING", "SPEECH", "LIMB", "INTERNAL"))
				.withTotalRow()
				.withTotalColumn(),
			null),

	/** 知的障害者: 18歳未満 and 18歳以上 by 程度 (重度 A1, 中度 A2・B1, 軽度 B2), with totals. */
	INTELLECTUAL_DISABILITY("intellectual-disability", null,
			MatrixLayout.of(List.of("UNDER_18", "ADULT"), List.of("SEVERE", "MODERATE", "MILD"))
				.withTotalRow()
				.withTotalColumn(),
			null),

	/** 精神保健福祉手帳交付状況: 1級, 2級, 3級 and 計. */
	MENTAL_HEALTH("mental-health", null,
			MatrixLayout.of(List.of("PERSONS"), List.of("GRADE_1", "GRADE_2", "GRADE_3")).withTotalColumn(), null),

	/** 鉄道路線: 会社名, 路線数, 管内の駅数・名称等. */
	RAILWAY("railway", null, null, new CompanyLayout(List.of(Column.NAME, Column.COUNT, Column.DETAIL), false)),

	/** バス路線: 会社名, 路線数, 路線名. */
	BUS("bus", null, null, new CompanyLayout(List.of(Column.NAME, Column.COUNT, Column.DETAIL), false)),

	/** タクシーの状況: numbered, 会社名, 事業所, 所有車両数. */
	TAXI("taxi", null, null, new CompanyLayout(List.of(Column.NAME, Column.DETAIL, Column.COUNT), true)),

	/** 外出支援サービス実績: 高齢者 and 障害者, 利用実人員 and 利用回数, with 計 (a row only). */
	OUTING_SUPPORT("outing-support", null,
			MatrixLayout.of(List.of("ELDERLY", "DISABLED"), List.of("USERS", "TRIPS")).withTotalRow(), null);

	private final String slug;

	private final Group group;

	private final MatrixLayout matrix;

	private final CompanyLayout companies;

	StatisticsSection(String slug, Group group, MatrixLayout matrix, CompanyLayout companies) {
		this.slug = slug;
		this.group = group;
		this.matrix = matrix;
		this.companies = companies;
	}

	private static List<String> careLevels() {
		return List.of("SUPPORT", "CARE_1", "CARE_2", "CARE_3", "CARE_4", "CARE_5");
	}

	/**
	 * The section named in a URL.
	 * @param slug e.g. {@code care-certification}
	 * @return the section, empty for an unknown name
	 */
	public static Optional<StatisticsSection> bySlug(String slug) {
		return Arrays.stream(values()).filter((section) -> section.slug.equals(slug)).findFirst();
	}

	/**
	 * The section's name in URLs.
	 * @return e.g. {@code care-certification}
	 */
	public String slug() {
		return this.slug;
	}

	/**
	 * The heading this table is printed under together with others, as (1), (2).
	 * @return the group, or {@code null} for a table with a heading of its own
	 */
	public Group group() {
		return this.group;
	}

	/**
	 * The table's number within its group.
	 * @return 1 for the first table of the group, 0 without a group
	 */
	public int numberInGroup() {
		if (this.group == null) {
			return 0;
		}
		return (int) Arrays.stream(values())
			.filter((section) -> section.group == this.group && section.ordinal() <= ordinal())
			.count();
	}

	/**
	 * Whether the table holds counts (otherwise it is a list of companies).
	 * @return {@code true} for a table of counts
	 */
	public boolean hasFigures() {
		return this.matrix != null;
	}

	/**
	 * The rows and columns of a table of counts.
	 * @return the layout
	 * @throws IllegalStateException for a list of companies
	 */
	public MatrixLayout matrix() {
		if (this.matrix == null) {
			throw new IllegalStateException(name() + " is a list of companies");
		}
		return this.matrix;
	}

	/**
	 * The columns of a list of companies.
	 * @return the layout
	 * @throws IllegalStateException for a table of counts
	 */
	public CompanyLayout companies() {
		if (this.companies == null) {
			throw new IllegalStateException(name() + " is a table of counts");
		}
		return this.companies;
	}

	/**
	 * A heading over several tables.
	 */
	public enum Group {

		/** 要介護認定者の状況: (1) 認定者数, (2) 居宅介護サービス受給者数. */
		CARE

	}

}
