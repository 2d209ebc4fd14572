package jp.kyogikai.voting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.csv.ExcelCsv;

/**
 * A meeting's decisions as CSV (through {@link ExcelCsv}): one line per decided 協議事項 with
 * the item, the application, the method, the outcome, the conditions and the counts, then
 * one column per member in office with the member's vote, or 除斥 / 欠席 / 議長 (a presiding
 * member who did not vote) / 表決に加わらず, from the decision's snapshot.
 */
final class DecisionCsv {

	static final List<String> HEADER = List.of("番号", "協議事項", "申請", "事業者", "議決方法", "結果", "条件", "出席委員", "定足数", "賛成", "反対",
			"棄権", "母数", "可決に必要な賛成", "可否同数", "議長裁決");

	private DecisionCsv() {
	}

	static byte[] export(List<ItemDecisionService.DecidedItem> decided, Function<Object, String> label) {
		Map<Long, String> members = new LinkedHashMap<>();
		decided
			.forEach((item) -> item.seats().forEach((seat) -> members.putIfAbsent(seat.getMemberId(), seat.getName())));
		List<String> header = new ArrayList<>(HEADER);
		header.addAll(members.values());
		List<List<String>> rows = new ArrayList<>();
		for (ItemDecisionService.DecidedItem item : decided) {
			ItemDecision d = item.decision();
			List<String> row = new ArrayList<>();
			row.add(String.valueOf(item.line().number()));
			row.add(item.line().item().getTitle());
			row.add(text(item.line().applicationLabel()));
			row.add(text(item.line().operatorName()));
			row.add((d.getMethod() != null) ? label.apply(d.getMethod()) : "");
			row.add(label.apply(d.getOutcome()));
			row.add(text(d.getConditions()));
			row.add(number(d.getCountedPresent()));
			row.add(number(d.getRequiredQuorum()));
			row.add(number(d.getInFavour()));
			row.add(number(d.getAgainst()));
			row.add(number(d.getAbstentions()));
			row.add(number(d.getBase()));
			row.add(number(d.getRequired()));
			row.add((d.getTie() == null) ? "" : (d.getTie() ? "あり" : "なし"));
			row.add((d.getCastingVote() != null) ? label.apply(d.getCastingVote()) : "");
			Map<Long, ItemDecisionSeat> seats = new LinkedHashMap<>();
			item.seats().forEach((seat) -> seats.put(seat.getMemberId(), seat));
			for (Long member : members.keySet()) {
				row.add(vote(seats.get(member), label));
			}
			rows.add(row);
		}
		return ExcelCsv.write(header, rows);
	}

	private static String vote(ItemDecisionSeat seat, Function<Object, String> label) {
		if (seat == null) {
			return "";
		}
		if (seat.isRecused()) {
			return "除斥";
		}
		if (seat.getAttendance() == Attendance.ABSENT) {
			return label.apply(Attendance.ABSENT);
		}
		if (seat.getVote() != null) {
			return label.apply(seat.getVote());
		}
		if (seat.isPresiding()) {
			return "議長";
		}
		return "表決に加わらず";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static String number(Integer value) {
		return (value != null) ? String.valueOf(value) : "";
	}

}
