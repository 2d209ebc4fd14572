package jp.kyogikai.fare;

import java.util.Locale;

import jp.kyogikai.application.rule.BaseFare;
import jp.kyogikai.application.rule.ChargeKind;
import jp.kyogikai.application.rule.ChargeUnit;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.DynamicBand;
import jp.kyogikai.application.rule.FareMethod;
import jp.kyogikai.application.rule.FlatFare;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.application.rule.TaxiFare;
import jp.kyogikai.application.rule.TimeFare;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fares in the words passengers read them, for the templates ({@code @fareTexts} in the
 * fragments {@code fares/_schedule} and {@code fares/_comparison}): "2kmまで300円、以降1kmごとに
 * 100円", "30分ごとに200円", "無料". Distances of whole kilometres or tenths of one are written
 * in km (2km, 1.2km), others in m (260m); whole hours as 時間 (1時間), other times in 分. Also
 * the choices of the form fragment {@code fares/_schedule-form}.
 */
@Component("fareTexts")
public class FareTexts {

	private final MessageSource messages;

	FareTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The base fare.
	 * @param fare the fare
	 * @return e.g. 2kmまで300円、以降1kmごとに100円 / 1kmごとに100円 / 1回500円
	 */
	public String base(BaseFare fare) {
		if (fare instanceof DistanceFare distance) {
			return stepped("distance", distance.baseMetres(), distance.baseFare(), distance(distance.incrementMetres()),
					distance.incrementFare(), distance(distance.baseMetres()));
		}
		if (fare instanceof TimeFare time) {
			return stepped("time", time.baseMinutes(), time.baseFare(), minutes(time.incrementMinutes()),
					time.incrementFare(), minutes(time.baseMinutes()));
		}
		if (fare instanceof FlatFare flat) {
			return message("fare.text.flat", yen(flat.amount()));
		}
		return "";
	}

	private String stepped(String kind, int baseUnits, long baseFare, String increment, long incrementFare,
			String base) {
		if (baseUnits > 0) {
			return message("fare.text." + kind + ".base", base, yen(baseFare), increment, yen(incrementFare));
		}
		if (baseFare > 0) {
			return message("fare.text.plus", yen(baseFare), increment, yen(incrementFare));
		}
		return message("fare.text.perUnit", increment, yen(incrementFare));
	}

	/**
	 * What the name of a charge is: its own name, otherwise its kind.
	 * @param charge the charge
	 * @return the name
	 */
	public String name(OtherCharge charge) {
		if (charge.name() != null && !charge.name().isBlank()) {
			return charge.name();
		}
		return message("enum.ChargeKind." + charge.kind().name());
	}

	/**
	 * The amount of a charge with its unit.
	 * @param charge the charge
	 * @return e.g. 1回100円 / 30分ごとに200円 / 1kmごとに100円 / 無料
	 */
	public String amount(OtherCharge charge) {
		if (charge.amount() == 0) {
			return message("fare.text.free");
		}
		if (charge.unit() == ChargeUnit.PER_MINUTES) {
			return message("fare.text.perUnit", minutes(charge.unitSize()), yen(charge.amount()));
		}
		if (charge.unit() == ChargeUnit.PER_DISTANCE) {
			return message("fare.text.perUnit", distance(charge.unitSize()), yen(charge.amount()));
		}
		return message("fare.text.flat", yen(charge.amount()));
	}

	/**
	 * The dynamic band.
	 * @param band the band
	 * @return e.g. 通常の対価の20%増から30%引きまで; なし without dynamic pricing
	 */
	public String band(DynamicBand band) {
		if (!band.isDynamic()) {
			return message("fare.text.band.none");
		}
		if (band.lowerPercent() == 0) {
			return message("fare.text.band.upper", band.upperPercent());
		}
		if (band.upperPercent() == 0) {
			return message("fare.text.band.lower", band.lowerPercent());
		}
		return message("fare.text.band", band.upperPercent(), band.lowerPercent());
	}

	/**
	 * A taxi fare.
	 * @param fare the fare
	 * @return e.g. 初乗り1.2kmまで600円、以降270mごとに100円（時間制運賃 30分ごとに2,700円）
	 */
	public String taxi(TaxiFare fare) {
		String distance = message("fare.text.taxi", distance(fare.initialMetres()), yen(fare.initialFare()),
				distance(fare.incrementMetres()), yen(fare.incrementFare()));
		if (!fare.hasTimeFare()) {
			return distance;
		}
		return distance + message("fare.text.taxi.time", minutes(fare.timeMinutes()), yen(fare.timeFare()));
	}

	/**
	 * A distance as a fare table writes it.
	 * @param metres the distance
	 * @return 2km, 1.2km or 260m
	 */
	public String distance(int metres) {
		if (metres >= 1000 && metres % 100 == 0) {
			int tenths = metres / 100;
			return (tenths % 10 == 0) ? (tenths / 10) + "km" : (tenths / 10) + "." + (tenths % 10) + "km";
		}
		return String.format(Locale.JAPAN, "%,dm", metres);
	}

	/**
	 * A time as a fare table writes it.
	 * @param minutes the time
	 * @return 1時間, 90分 or 30分
	 */
	public String minutes(int minutes) {
		if (minutes >= 60 && minutes % 60 == 0) {
			return message("fare.text.hours", minutes / 60);
		}
		return message("fare.text.minutes", minutes);
	}

	/**
	 * An amount in yen.
	 * @param amount the amount
	 * @return e.g. 1,200円
	 */
	public String yen(long amount) {
		return String.format(Locale.JAPAN, "%,d円", amount);
	}

	/**
	 * The methods a form offers.
	 * @return 距離制, 時間制, 定額制
	 */
	public FareMethod[] methods() {
		return FareMethod.values();
	}

	/**
	 * The kinds of other charge a form offers.
	 * @return every kind
	 */
	public ChargeKind[] chargeKinds() {
		return ChargeKind.values();
	}

	/**
	 * The units of other charges a form offers.
	 * @return every unit
	 */
	public ChargeUnit[] chargeUnits() {
		return ChargeUnit.values();
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.JAPAN);
	}

}
