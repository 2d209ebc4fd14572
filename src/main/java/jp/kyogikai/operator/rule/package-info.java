/**
 * The law's arithmetic for operators (運送主体): how long a registration is valid (新規2年、更新3年
 * または2年、事業者協力型5年), when a renewal falls due, and when an office is a 特定事務所 with how many
 * qualified operation managers (運行管理の責任者) it needs. Also the two transport kinds, which
 * the vehicle and driver rules share. Pure Java: facts and settings are handed in as
 * plain values, "today" is a parameter.
 */
@NamedInterface("rule")
package jp.kyogikai.operator.rule;

import org.springframework.modulith.NamedInterface;
