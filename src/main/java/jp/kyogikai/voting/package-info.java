/**
 * Votes of a meeting: how each 協議事項 is decided, by consent (異議なし) or by a counted vote,
 * under the council's 設置要綱. The arithmetic lives in {@code voting.rule}.
 */
package jp.kyogikai.voting;
