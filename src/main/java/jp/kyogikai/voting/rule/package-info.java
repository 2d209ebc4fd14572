/**
 * The arithmetic of deciding an item at a meeting, pure Java: who counts toward the
 * quorum (代理出席 by the charter's proxy policy), who presides (the chair, else the
 * vice-chair), who is entitled to vote on an item (present, not recused, the presiding
 * chair only when the charter lets the chair vote) and what a vote decides (the charter's
 * threshold over its base, ties by casting vote or rejection). Settings come from
 * {@code council.rule}.
 */
@NamedInterface("rule")
package jp.kyogikai.voting.rule;

import org.springframework.modulith.NamedInterface;
