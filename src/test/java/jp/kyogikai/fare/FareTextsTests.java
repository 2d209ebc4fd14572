package jp.kyogikai.fare;

import jp.kyogikai.application.rule.ChargeKind;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.DynamicBand;
import jp.kyogikai.application.rule.FlatFare;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.application.rule.TaxiFare;
import jp.kyogikai.application.rule.TimeFare;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("対価の日本語の表記 (FareTexts)")
class FareTextsTests {

	final FareTexts texts = new FareTexts(messages());

	@ParameterizedTest
	@CsvSource(textBlock = """
			2000, 300, 1000, 100, 2kmまで300円、以降1kmごとに100円
			2000, 200, 2000, 100, 2kmまで200円、以降2kmごとに100円
			1200, 600,  260, 100, 1.2kmまで600円、以降260mごとに100円
			   0,   0, 1000, 100, 1kmごとに100円
			   0, 150, 1500, 120, 基本運賃150円に加え、1.5kmごとに120円
			""")
	void distanceFares(int baseMetres, long baseFare, int incrementMetres, long incrementFare, String text) {
		assertThat(this.texts.base(new DistanceFare(baseMetres, baseFare, incrementMetres, incrementFare)))
			.isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			30, 500, 15, 200, 30分まで500円、以降15分ごとに200円
			60, 700, 60, 700, 1時間まで700円、以降1時間ごとに700円
			 0,   0, 10, 300, 10分ごとに300円
			""")
	void timeFares(int baseMinutes, long baseFare, int incrementMinutes, long incrementFare, String text) {
		assertThat(this.texts.base(new TimeFare(baseMinutes, baseFare, incrementMinutes, incrementFare)))
			.isEqualTo(text);
	}

	@Test
	void flatFaresChargesBandsAndTaxi() {
		assertThat(this.texts.base(new FlatFare(1_200))).isEqualTo("1回1,200円");
		assertThat(this.texts.amount(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 100, "迎車"))).isEqualTo("1回100円");
		assertThat(this.texts.amount(OtherCharge.perMinutes(ChargeKind.WAITING, null, 200, 30, "待機")))
			.isEqualTo("30分ごとに200円");
		assertThat(this.texts.amount(OtherCharge.perDistance(ChargeKind.PICK_UP, null, 50, 1_000, "回送")))
			.isEqualTo("1kmごとに50円");
		assertThat(this.texts.amount(OtherCharge.perTrip(ChargeKind.ASSISTANCE, null, 0, "介助"))).isEqualTo("無料");
		assertThat(this.texts.name(OtherCharge.perTrip(ChargeKind.ASSISTANCE, null, 0, "介助"))).isEqualTo("介助料");
		assertThat(this.texts.name(OtherCharge.perTrip(ChargeKind.OTHER, "階段介助", 300, "階段"))).isEqualTo("階段介助");
		assertThat(this.texts.band(DynamicBand.none())).isEqualTo("なし");
		assertThat(this.texts.band(new DynamicBand(20, 30))).isEqualTo("通常の対価の20%増から30%引きまで");
		assertThat(this.texts.band(new DynamicBand(50, 0))).isEqualTo("通常の対価の50%増まで（割引なし）");
		assertThat(this.texts.band(new DynamicBand(0, 10))).isEqualTo("通常の対価の10%引きまで（割増なし）");
		assertThat(this.texts.taxi(TaxiFare.byDistance(1_200, 600, 270, 100)))
			.isEqualTo("初乗り1.2kmまで600円、以降270mごとに100円");
		assertThat(this.texts.taxi(new TaxiFare(1_200, 600, 270, 100, 30, 2_700)))
			.isEqualTo("初乗り1.2kmまで600円、以降270mごとに100円（時間制運賃 30分ごとに2,700円）");
		assertThat(this.texts.distance(10_500)).isEqualTo("10.5km");
		assertThat(this.texts.distance(1_250)).isEqualTo("1,250m");
		assertThat(this.texts.minutes(90)).isEqualTo("90分");
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
