package jp.kyogikai.convocation;

import java.util.List;

/**
 * The materials (資料) enclosed with a meeting's 招集通知, listed under 「４ 資料」 of the letter,
 * e.g. 「資料No.5 対価の変更について」. Called after the user's access to the meeting was checked.
 * Without another implementation the 次第's 資料 notes are listed
 * ({@link AgendaMaterialsEnclosures}); a bean of another module (the material module's)
 * replaces that fallback without further configuration.
 */
public interface ConvocationEnclosures {

	/**
	 * @param meetingId the meeting
	 * @return the enclosures in order, empty when there are none
	 */
	List<String> enclosures(long meetingId);

}
