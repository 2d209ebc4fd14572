/**
 * Council members (委員) and their appointments (委嘱): the category they were chosen from,
 * the term, substitutes (補欠), early ends, reappointments with their history, the chair
 * (会長) and vice-chair (副会長); the roster at any date, its PDF (資料No.1) and CSV.
 */
package jp.kyogikai.member;
