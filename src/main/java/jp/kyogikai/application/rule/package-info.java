/**
 * The rules of an application (協議申請): its types and the workflow (下書き → 提出 → 受付 or 差戻し →
 * 再提出 → 受付 → 議題 → 協議結果) with who may take each step; which changes of a 変更登録 need the
 * council's deliberation and which are only notified (軽微変更届出); and the fares (対価): 距離制,
 * 時間制 and 定額制 base fares, the other charges (迎車回送, 待機, 介助, キャンセル …), the dynamic band
 * (5割増 to 5割引), the local taxi fare and the comparison of sample trips with it against
 * the 約8割 guideline. Pure Java: money in yen as {@code long}, distances in metres and
 * durations in minutes as {@code int}; bad input is reported as
 * {@link jp.kyogikai.application.rule.ApplicationViolation}s with message codes, never
 * thrown.
 * <p>
 * An open nested module, so that the {@code fare} module, which the application pages
 * use, may use these rules without a cycle between the two.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NamedInterface("rule")
package jp.kyogikai.application.rule;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.NamedInterface;
