/**
 * The rules of meetings, pure Java: the statuses and their allowed transitions
 * ({@link jp.kyogikai.meeting.rule.MeetingTransitions}), the kinds of 次第 items, openness.
 */
@NamedInterface("rule")
package jp.kyogikai.meeting.rule;

import org.springframework.modulith.NamedInterface;
