/**
 * Applications (協議申請) that operators file for the council to deliberate: 新規登録, 更新登録,
 * 変更登録, 対価の変更 and 合意の解除, with the proposed fares (対価), their way from draft through 受付 or
 * 差戻し to the agenda and the council's decision, and the changes only notified (軽微変更届出),
 * which never reach an agenda. The rules live in {@code rule}, pure Java, for the forms
 * of this module and the meetings that decide the applications.
 * <p>
 * {@link jp.kyogikai.application.Application} (audited, optimistic locking) moves only
 * through the workflow in {@link jp.kyogikai.application.ApplicationService}; each step
 * is an {@link jp.kyogikai.application.ApplicationEvent} on the timeline (a 差戻し with its
 * {@link jp.kyogikai.application.ApplicationReturnComment}s per field), queues a mail to
 * the other side through the mail outbox in the same transaction, and a 受付 gives the 受付番号
 * ({@link jp.kyogikai.application.rule.ReceiptNumber}). Documents are
 * {@link jp.kyogikai.application.ApplicationAttachment} versions of stored files, checked
 * against the type's {@link jp.kyogikai.application.rule.AttachmentChecklist} at
 * submission. Operators use {@code /operator-portal/applications}, staff
 * {@code /applications}; the meetings put applications on their agenda and record the
 * decision through {@code putOnAgenda}, {@code removeFromAgenda} and {@code decide}.
 * <p>
 * The types that propose fares carry them as the {@code fare} module's
 * {@code FareScheduleDocument} ({@code jsonb}), entered through its
 * {@code FareScheduleForm} on the application form and required at submission; the page
 * shows them (a 対価の変更 beside the fares in force) with the sample trips against the taxi
 * fare, and a 承認 or 条件付き承認 records them through {@code FareService.agree} in the same
 * transaction, from the proposed 適用開始予定日 or the decision date.
 */
package jp.kyogikai.application;
