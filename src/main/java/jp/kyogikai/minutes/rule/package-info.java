/**
 * The rules of minutes (議事録), pure Java: masking the names of private persons in the
 * published text ({@link jp.kyogikai.minutes.rule.NameMask}) and reading a speaker's
 * statements out of the notes taken at the meeting
 * ({@link jp.kyogikai.minutes.rule.SpeakerLines}).
 */
package jp.kyogikai.minutes.rule;
