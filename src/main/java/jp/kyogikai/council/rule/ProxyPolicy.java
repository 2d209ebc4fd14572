package jp.kyogikai.council.rule;

/**
 * Whether a member may send someone in their place (代理出席), and what the proxy counts for.
 */
public enum ProxyPolicy {

	/** The proxy counts toward the quorum and votes for the member. */
	COUNTS_AND_VOTES(true, true, true),

	/** The proxy may attend and speak, but neither counts toward the quorum nor votes. */
	ATTENDS_WITHOUT_VOTE(true, false, false),

	/** No proxies: a member who cannot come is absent. */
	NOT_ALLOWED(false, false, false);

	private final boolean allowed;

	private final boolean countsTowardQuorum;

	private final boolean votes;

	ProxyPolicy(boolean allowed, boolean countsTowardQuorum, boolean votes) {
		this.allowed = allowed;
		this.countsTowardQuorum = countsTowardQuorum;
		this.votes = votes;
	}

	public boolean allowed() {
		return this.allowed;
	}

	public boolean countsTowardQuorum() {
		return this.countsTowardQuorum;
	}

	public boolean votes() {
		return this.votes;
	}

}
