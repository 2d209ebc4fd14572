package jp.kyogikai.meeting.rule;

/**
 * Whether a meeting is open to the public: 公開, 一部非公開, 非公開.
 */
public enum Openness {

	PUBLIC, PARTLY_CLOSED, CLOSED

}
