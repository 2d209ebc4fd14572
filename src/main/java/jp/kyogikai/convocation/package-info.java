/**
 * The convocation of a meeting (招集 / 招集通知): the letter in the official style as a PDF
 * (document number and date flush right, 委員各位, the council and its 会長, the title, 記, 日時,
 * 場所, 次第 and 資料, the secretariat's contact) and its sending to every member in office on
 * the meeting's day, one mail each through the mail outbox in the transaction that
 * records the {@link jp.kyogikai.convocation.Convocation} and convenes the meeting (予定 →
 * 招集済み). Members without an e-mail address are listed for sending by post. A second
 * sending is a 再送, chosen by staff. The enclosures are the meeting's materials (資料No.N
 * and title, from the material module), or the 次第's 資料 notes while none is registered. A
 * panel on the meeting page ({@code templates/convocations/_panel.html}); URLs under
 * {@code /meetings/{id}/convocation} for SECRETARIAT of the council's secretariat
 * municipality and ADMIN.
 */
package jp.kyogikai.convocation;
