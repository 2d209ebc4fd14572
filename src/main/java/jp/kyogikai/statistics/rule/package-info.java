/**
 * The shape and arithmetic of the municipality's statistics tables: which rows and
 * columns each table of the 【○○市の状況】 has ({@link StatisticsSection},
 * {@link MatrixLayout}, {@link CompanyLayout}), its totals and sub-totals
 * ({@link Figures}), the 高齢化率 ({@link AgingRate}) and how a count is read from what
 * people type ({@link Count}). Pure Java: the figures are handed in as plain values.
 */
@NamedInterface("rule")
package jp.kyogikai.statistics.rule;

import org.springframework.modulith.NamedInterface;
