/**
 * Applications (協議申請) that operators file for the council to deliberate: 新規登録, 更新登録,
 * 変更登録, 対価の変更 and 合意の解除, with the proposed fares (対価), their way from draft through 受付 or
 * 差戻し to the agenda and the council's decision, and the changes only notified (軽微変更届出),
 * which never reach an agenda. The rules live in {@code rule}, pure Java, for the forms
 * of this module and the meetings that decide the applications.
 */
package jp.kyogikai.application;
