/**
 * Minutes (議事録) of a meeting (issue 7). Staff of the council draft them from the record
 * the meeting left (`voting.LiveMeetingService#record`: attendance with proxies, 遅参 and
 * 退席, non-members, observers, the actual times, the quorum at the opening; the decided
 * items with their explanation, questions, recusals and results), edit every part (each
 * item's course as one summary per speaker), choose the 議事録署名人 when the council's
 * {@link jp.kyogikai.minutes.MinutesPolicy} asks for them, finalise (the PDF is stored
 * with its SHA-256; the database refuses any later change) and publish: the public page
 * {@code /public/minutes/{meetingId}} without signing in, with the names of private
 * persons masked as the policy says ({@link jp.kyogikai.minutes.rule.NameMask}) and the
 * meeting's materials except the confidential ones. The meeting moves 開催済み → 議事録案 → 議事録確定
 * → 公開 with them. Final minutes change only through an audited correction (訂正,
 * {@link jp.kyogikai.minutes.MinutesCorrectionService}): a row of its own with the
 * reason, who and when, and new PDFs; the text as read applies the corrections and notes
 * them. Nothing depends on this module.
 */
package jp.kyogikai.minutes;
