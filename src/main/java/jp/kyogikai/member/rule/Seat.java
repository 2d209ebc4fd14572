package jp.kyogikai.member.rule;

/**
 * One appointment as the roster limits see it.
 *
 * @param memberId the person
 * @param categoryId the 選出区分
 * @param term the days in office (already shortened when ended early)
 */
public record Seat(long memberId, long categoryId, Term term) {
}
