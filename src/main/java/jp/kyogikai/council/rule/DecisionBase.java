package jp.kyogikai.council.rule;

/**
 * What a decision threshold is taken of.
 */
public enum DecisionBase {

	/**
	 * The members present who may take part in the item (recused members excluded); an
	 * abstention counts as not in favour.
	 */
	PRESENT_AND_ENTITLED,

	/** The votes cast for or against; abstentions are left out. */
	VOTES_CAST;

	/**
	 * The base for a vote.
	 * @param inFavour votes in favour
	 * @param against votes against
	 * @param abstentions abstentions, and entitled members present who did not vote
	 * @return the number the threshold is taken of
	 */
	public int base(int inFavour, int against, int abstentions) {
		if (inFavour < 0 || against < 0 || abstentions < 0) {
			throw new IllegalArgumentException("票数は0以上です");
		}
		return switch (this) {
			case PRESENT_AND_ENTITLED -> inFavour + against + abstentions;
			case VOTES_CAST -> inFavour + against;
		};
	}

}
