/**
 * 和暦 (Japanese era dates) and 年度 (fiscal years, April to March). Pure Java, used by every
 * view and document.
 */
package jp.kyogikai.calendar;
