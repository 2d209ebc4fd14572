/**
 * The law's arithmetic for accident records: when a serious accident (重大事故) must be
 * reported to the 運輸支局 (自動車事故報告規則3条). Pure Java: facts are handed in as plain values,
 * "today" is a parameter.
 */
@NamedInterface("rule")
package jp.kyogikai.incident.rule;

import org.springframework.modulith.NamedInterface;
