package jp.kyogikai.voting.rule;

/**
 * The quorum at one moment of a meeting (会議の成立).
 *
 * @param members the members in office, whom the quorum is counted over (委員数)
 * @param inPerson members there in person
 * @param proxies members represented by a proxy
 * @param counted those counting toward the quorum: in person, and proxies when the
 * charter counts them
 * @param required the attendance the quorum needs
 */
public record QuorumCount(int members, int inPerson, int proxies, int counted, int required) {

	/**
	 * Whether the meeting may proceed and decide.
	 * @return {@code true} when the counted attendance reaches the quorum
	 */
	public boolean met() {
		return this.counted >= this.required;
	}

}
