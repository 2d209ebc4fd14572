package jp.kyogikai.council.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The settings of a 設置要綱 that the product applies, as plain values.
 *
 * @param maxMembers 委員の定数 (委員N人以内)
 * @param termMonths 任期 in months (1年 = 12)
 * @param quorumRule 会議の成立要件
 * @param decisionRule 議決の要件
 * @param decisionBase what the decision threshold is taken of
 * @param tieBreak 可否同数の扱い
 * @param chairVotes whether the presiding chair votes with the members
 * @param proxyPolicy 代理出席の扱い
 * @param recusalEnabled 利害関係のある委員は議事に加わることができない
 * @param meetingsPublicByDefault 会議は原則公開
 * @param insuranceMinPerPerson 対人賠償の最低額 (円, 1人につき); {@link #UNLIMITED} for 無制限
 * @param insuranceMinProperty 対物賠償の最低額 (円, 1事故につき); {@link #UNLIMITED} for 無制限
 * @param insuranceMinPassenger 搭乗者傷害の最低額 (円, 1人につき); 0 requires the cover in any amount,
 * as the statutory standard does
 * @param proposalDeadlineMonths 検討プロセス: months bus/taxi companies have to make a proposal
 * @param discussionDeadlineMonths 検討プロセス: months a proposal may be discussed
 */
public record CharterSettings(int maxMembers, int termMonths, QuorumRule quorumRule, DecisionRule decisionRule,
		DecisionBase decisionBase, TieBreak tieBreak, boolean chairVotes, ProxyPolicy proxyPolicy,
		boolean recusalEnabled, boolean meetingsPublicByDefault, long insuranceMinPerPerson, long insuranceMinProperty,
		long insuranceMinPassenger, int proposalDeadlineMonths, int discussionDeadlineMonths) {

	/** The largest council the product accepts. */
	public static final int MAX_MEMBERS_LIMIT = 100;

	/** The longest term (5 years). */
	public static final int MAX_TERM_MONTHS = 60;

	/** The longest 検討プロセス stage. */
	public static final int MAX_DEADLINE_MONTHS = 24;

	/** 対人賠償 under the ministry notice in force: 8,000万円 per person. */
	public static final long STATUTORY_MIN_PER_PERSON = 80_000_000L;

	/** 対物賠償 under the ministry notice in force: 200万円 per accident. */
	public static final long STATUTORY_MIN_PROPERTY = 2_000_000L;

	/**
	 * 搭乗者傷害 under the statutory standard: required, in any amount (0 stands for "any
	 * amount above zero").
	 */
	public static final long STATUTORY_MIN_PASSENGER = 0L;

	/**
	 * A minimum of 無制限 (対人 and 対物 only), stored as the vehicle register stores unlimited
	 * cover.
	 */
	public static final long UNLIMITED = -1L;

	/** An upper bound that catches a mistyped amount (100億円). */
	public static final long MAX_INSURANCE_AMOUNT = 10_000_000_000L;

	/**
	 * The settings of the seed council's 設置要綱 (佐久市), which are also the usual ones: at
	 * most 10 members, a 1-year term, a majority quorum, a majority of those present
	 * decides, members with an interest stand aside.
	 * @return typical settings
	 */
	public static CharterSettings typical() {
		return new CharterSettings(10, 12, QuorumRule.MAJORITY, DecisionRule.MAJORITY_OF_PRESENT,
				DecisionBase.PRESENT_AND_ENTITLED, TieBreak.CHAIR_DECIDES, false, ProxyPolicy.COUNTS_AND_VOTES, true,
				true, STATUTORY_MIN_PER_PERSON, STATUTORY_MIN_PROPERTY, STATUTORY_MIN_PASSENGER, 2, 4);
	}

	/**
	 * Checks the settings, and the caps of the member categories against the maximum.
	 * @param categoryCaps the caps set on categories (categories without a cap left out)
	 * @return every problem found; empty when the settings can be saved
	 */
	public List<CharterViolation> violations(Collection<Integer> categoryCaps) {
		List<CharterViolation> violations = new ArrayList<>();
		range(violations, "maxMembers", this.maxMembers, 1, MAX_MEMBERS_LIMIT);
		range(violations, "termMonths", this.termMonths, 1, MAX_TERM_MONTHS);
		required(violations, "quorumRule", this.quorumRule);
		required(violations, "decisionRule", this.decisionRule);
		required(violations, "decisionBase", this.decisionBase);
		required(violations, "tieBreak", this.tieBreak);
		required(violations, "proxyPolicy", this.proxyPolicy);
		amount(violations, "insuranceMinPerPerson", this.insuranceMinPerPerson, STATUTORY_MIN_PER_PERSON);
		amount(violations, "insuranceMinProperty", this.insuranceMinProperty, STATUTORY_MIN_PROPERTY);
		if (this.insuranceMinPassenger < STATUTORY_MIN_PASSENGER) {
			violations.add(new CharterViolation("insuranceMinPassenger", "charter.insurance.negative"));
		}
		else if (this.insuranceMinPassenger > MAX_INSURANCE_AMOUNT) {
			violations
				.add(new CharterViolation("insuranceMinPassenger", "charter.insurance.tooLarge", MAX_INSURANCE_AMOUNT));
		}
		range(violations, "proposalDeadlineMonths", this.proposalDeadlineMonths, 1, MAX_DEADLINE_MONTHS);
		range(violations, "discussionDeadlineMonths", this.discussionDeadlineMonths, 1, MAX_DEADLINE_MONTHS);
		int largestCap = categoryCaps.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
		if (this.maxMembers >= 1 && largestCap > this.maxMembers) {
			violations.add(new CharterViolation("maxMembers", "charter.maxMembers.belowCategoryCap", largestCap));
		}
		return violations;
	}

	private static void range(List<CharterViolation> violations, String field, int value, int min, int max) {
		if (value < min || value > max) {
			violations.add(new CharterViolation(field, "charter.range", min, max));
		}
	}

	private static void required(List<CharterViolation> violations, String field, Object value) {
		if (value == null) {
			violations.add(new CharterViolation(field, "charter.required"));
		}
	}

	private static void amount(List<CharterViolation> violations, String field, long value, long statutoryMinimum) {
		if (value == UNLIMITED) {
			return;
		}
		if (value < statutoryMinimum) {
			violations.add(new CharterViolation(field, "charter.insurance.belowStatutory", statutoryMinimum));
		}
		else if (value > MAX_INSURANCE_AMOUNT) {
			violations.add(new CharterViolation(field, "charter.insurance.tooLarge", MAX_INSURANCE_AMOUNT));
		}
	}

}
