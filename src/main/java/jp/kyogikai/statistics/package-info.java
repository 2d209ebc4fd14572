/**
 * The municipality's statistics per 年度, the tables of the seed's 【佐久市の状況】 that the
 * secretariat sends members as a meeting's material (資料No.4): 人口 and 高齢化率, 要介護（要支援）認定者数
 * and 居宅介護サービス受給者数 by level, 身体障害者手帳 by 等級 and 障害種別, 知的障害者 by age and 程度, 精神保健福祉手帳 by 等級,
 * the railway, bus and taxi companies, and the 外出支援サービス実績; each table with its own 時点
 * (令和7年5月末現在). Staff of the municipality (the administrator any) enter them on pages or
 * import them from one CSV file, start a year from the previous one, and print them;
 * {@link jp.kyogikai.statistics.StatisticsMaterial} gives the PDF to the meeting packet.
 * Totals, 第1号被保険者 and 高齢化率 are computed, never stored.
 */
package jp.kyogikai.statistics;
