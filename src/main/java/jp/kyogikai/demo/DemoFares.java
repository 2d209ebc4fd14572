package jp.kyogikai.demo;

import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.application.rule.ChargeKind;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.DynamicBand;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.FlatFare;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.application.rule.TaxiFare;
import jp.kyogikai.application.rule.TimeFare;
import jp.kyogikai.fare.FareSetupService;

import org.springframework.stereotype.Component;

/**
 * 佐久市's taxi fare and the fares the council agreed for its five operators, so that the
 * fare pages and the public page are not empty. Each schedule applies from the April (or
 * October) after the council meeting that last deliberated the operator; のんびり also has
 * the older fares its 2025 change replaced.
 */
@Component
class DemoFares {

	private final FareSetupService fares;

	DemoFares(FareSetupService fares) {
		this.fares = fares;
	}

	void load(long saku, Operators operators) {
		// Plausible figures for a 中型車 in the 東信 area of Nagano, invented for the demo
		// (not the official 公示運賃): 初乗り1.2km 600円, then 100円 every 270m; 時間制運賃
		// 2,700円 per 30 minutes.
		this.fares.taxiFare(saku, new TaxiFare(1_200, 600, 270, 100, 30, 2_700), LocalDate.of(2023, 4, 1),
				"中型車（東信交通圏）・デモ用の架空の運賃");
		LocalDate meeting2023 = LocalDate.of(2023, 2, 16);
		LocalDate april2023 = LocalDate.of(2023, 4, 1);
		this.fares.agree(operators.nonbiri(),
				new FareSchedule(new DistanceFare(2_000, 250, 1_000, 80), List.of(pickUp(100)), DynamicBand.none()),
				april2023, meeting2023);
		this.fares.agree(operators.nonbiri(),
				new FareSchedule(new DistanceFare(2_000, 300, 1_000, 100),
						List.of(pickUp(100),
								OtherCharge.perMinutes(ChargeKind.WAITING, null, 200, 30, "通院先などで30分を超えて待つとき（30分ごと）"),
								OtherCharge.perTrip(ChargeKind.ASSISTANCE, "乗降介助", 0, "玄関から車両までの移動と乗り降りを介助するとき")),
						DynamicBand.none()),
				LocalDate.of(2025, 4, 1), LocalDate.of(2025, 2, 20));
		this.fares.agree(operators.tanto(),
				new FareSchedule(new TimeFare(30, 500, 15, 200),
						List.of(OtherCharge.perTrip(ChargeKind.ASSISTANCE, "階段介助", 300, "階段の昇り降りを介助するとき（1回の乗車につき）"),
								OtherCharge.perTrip(ChargeKind.CANCELLATION, null, 300, "前日17時以降に予約を取り消したとき")),
						DynamicBand.none()),
				april2023, meeting2023);
		this.fares.agree(operators.sanei(), new FareSchedule(new FlatFare(500),
				List.of(OtherCharge.perTrip(ChargeKind.CANCELLATION, null, 200, "当日に予約を取り消したとき")), DynamicBand.none()),
				april2023, meeting2023);
		this.fares.agree(operators.keijin(),
				new FareSchedule(new DistanceFare(3_000, 400, 1_000, 100), List.of(pickUp(200)), DynamicBand.none()),
				april2023, meeting2023);
		this.fares.agree(operators.mochizuki(), new FareSchedule(new DistanceFare(2_000, 250, 1_000, 90),
				List.of(OtherCharge.perDistance(ChargeKind.PICK_UP, null, 50, 1_000, "事業所から出発地まで2kmを超えるとき（1kmごと）"),
						OtherCharge.perMinutes(ChargeKind.WAITING, null, 150, 15, "待機が15分を超えるとき（15分ごと）")),
				new DynamicBand(20, 30)), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 8, 8));
	}

	private static OtherCharge pickUp(long amount) {
		return OtherCharge.perTrip(ChargeKind.PICK_UP, null, amount, "自宅などへ迎えに行くとき（1回の乗車につき）");
	}

	/**
	 * The ids of 佐久市's demo operators.
	 */
	record Operators(long nonbiri, long tanto, long sanei, long keijin, long mochizuki) {

	}

}
