package jp.kyogikai.member;

import java.time.LocalDate;

/**
 * A member whose term ends soon, not yet reappointed.
 *
 * @param councilId the council
 * @param councilName its name
 * @param memberId the member
 * @param name the member's name
 * @param end the last day of the term
 */
public record TermEnding(long councilId, String councilName, long memberId, String name, LocalDate end) {
}
