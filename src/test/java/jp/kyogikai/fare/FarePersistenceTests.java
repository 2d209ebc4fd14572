package jp.kyogikai.fare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.application.rule.ApplicationViolation;
import jp.kyogikai.application.rule.ChargeKind;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.DynamicBand;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.FlatFare;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.application.rule.TimeFare;
import jp.kyogikai.operator.OperatorNotFoundException;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Agreed fares on PostgreSQL: the schedule kept whole as jsonb and read back equal, each
 * agreement a new audited row, a later one superseding the earlier without changing it,
 * and nothing saved when the input is refused or the user may not record it.
 */
@IntegrationTest
class FarePersistenceTests {

	static final FareSchedule DISTANCE = new FareSchedule(new DistanceFare(2_000, 300, 1_000, 100),
			List.of(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 100, "自宅へ迎えに行くとき"),
					OtherCharge.perMinutes(ChargeKind.WAITING, "病院での待機", 200, 30, "30分を超えて待つとき"),
					OtherCharge.perDistance(ChargeKind.OTHER, "遠距離回送", 50, 1_000, "区域外から回送するとき"),
					OtherCharge.perTrip(ChargeKind.ASSISTANCE, null, 0, "乗降を介助するとき")),
			new DynamicBand(20, 30));

	@Autowired
	FareService fares;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	Tenant tenant;

	long operatorId;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.operatorId = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 対価テスト");
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void aScheduleIsStoredAsJsonbAndReadBackEqual() {
		long id = this.fares.agree(this.operatorId, DISTANCE, this.today.minusDays(10), this.today.minusDays(40), null,
				this.tenant.staff());
		assertThat(this.jdbc.sql("select jsonb_typeof(schedule) from agreed_fare where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("object");
		assertThat(this.jdbc.sql("select schedule -> 'fare' ->> 'method' from agreed_fare where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("DISTANCE");
		assertThat(this.jdbc.sql("select (schedule ->> 'format')::int from agreed_fare where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(FareScheduleDocument.FORMAT);
		assertThat(
				this.jdbc.sql("select jsonb_array_length(schedule -> 'otherCharges') from agreed_fare where id = :id")
					.param("id", id)
					.query(Integer.class)
					.single())
			.isEqualTo(4);
		FareAgreement current = this.fares.current(this.operatorId).orElseThrow();
		assertThat(current.id()).isEqualTo(id);
		assertThat(current.schedule()).isEqualTo(DISTANCE);
		assertThat(current.effectiveFrom()).isEqualTo(this.today.minusDays(10));
		assertThat(current.agreedOn()).isEqualTo(this.today.minusDays(40));
		assertThat(current.applicationId()).isNull();
		assertThat(this.jdbc.sql("select count(*) from agreed_fare_aud where id = :id and schedule is not null")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void everyKindOfBaseFareSurvivesTheDatabase() {
		FareSchedule time = FareSchedule.of(new TimeFare(30, 500, 15, 200));
		FareSchedule flat = new FareSchedule(new FlatFare(500),
				List.of(OtherCharge.perTrip(ChargeKind.CANCELLATION, null, 300, "前日17時以降の取消し")), null);
		this.fares.agree(this.operatorId, time, this.today.minusYears(2), this.today.minusYears(2), null,
				this.tenant.staff());
		assertThat(this.fares.current(this.operatorId).orElseThrow().schedule()).isEqualTo(time);
		this.fares.agree(this.operatorId, flat, this.today, this.today, null, this.tenant.staff());
		assertThat(this.fares.current(this.operatorId).orElseThrow().schedule()).isEqualTo(flat);
	}

	@Test
	void aNewAgreementSupersedesFromItsDateAndTheOldStays() {
		FareSchedule old = FareSchedule.of(new DistanceFare(2_000, 250, 1_000, 80));
		long first = this.fares.agree(this.operatorId, old, this.today.minusYears(1),
				this.today.minusYears(1).minusDays(30), null, this.tenant.staff());
		long second = this.fares.agree(this.operatorId, DISTANCE, this.today.plusDays(20), this.today, null,
				this.tenant.staff());
		assertThat(this.fares.current(this.operatorId).orElseThrow().id()).isEqualTo(first);
		FareHistory history = this.fares.history(this.operatorId, this.tenant.staff());
		assertThat(history.entries()).extracting((entry) -> entry.agreement().id(), FareHistory.Entry::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(second, FareStatus.UPCOMING),
					org.assertj.core.groups.Tuple.tuple(first, FareStatus.CURRENT));
		assertThat(history.entries().get(1).effectiveTo()).isEqualTo(this.today.plusDays(19));
		assertThat(history.upcoming()).extracting(FareAgreement::id).containsExactly(second);
		this.jdbc.sql("update agreed_fare set effective_from = :d where id = :id")
			.param("d", this.today)
			.param("id", second)
			.update();
		assertThat(this.fares.current(this.operatorId).orElseThrow().id()).isEqualTo(second);
		FareHistory later = this.fares.history(this.operatorId, this.tenant.staff());
		assertThat(later.entries()).extracting(FareHistory.Entry::status)
			.containsExactly(FareStatus.CURRENT, FareStatus.ENDED);
		assertThat(this.fares.history(this.operatorId, this.tenant.staff()).entries().get(1).agreement().schedule())
			.isEqualTo(old);
		assertThat(Registries.revisions(this.jdbc, "agreed_fare", first)).hasSize(1);
	}

	@Test
	void anAgreementOfAnApplicationIsRecordedOnce() {
		long applicationId = 990_000L + this.operatorId;
		long id = this.fares.agree(this.operatorId, DISTANCE, this.today, this.today, applicationId,
				this.tenant.staff());
		assertThat(this.fares.current(this.operatorId).orElseThrow().applicationId()).isEqualTo(applicationId);
		assertThatExceptionOfType(FareRejectedException.class)
			.isThrownBy(() -> this.fares.agree(this.operatorId, DISTANCE, this.today, this.today, applicationId,
					this.tenant.staff()))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(ApplicationViolation::code)
				.containsExactly("fareAgreement.application.recorded"));
		assertThat(count()).isEqualTo(1);
		assertThat(this.fares.current(this.operatorId).orElseThrow().id()).isEqualTo(id);
	}

	@Test
	void badInputIsRefusedWithEveryReasonAndNothingIsSaved() {
		FareSchedule wrong = new FareSchedule(new DistanceFare(2_000, -1, 0, 100),
				List.of(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 100, " ")), new DynamicBand(60, 0));
		assertThatExceptionOfType(FareRejectedException.class)
			.isThrownBy(() -> this.fares.agree(this.operatorId, wrong, this.today.plusDays(5), this.today.plusDays(1),
					null, this.tenant.staff()))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(ApplicationViolation::field)
				.containsExactlyInAnyOrder("fare.baseFare", "fare.incrementMetres", "otherCharges[0].appliesWhen",
						"dynamicBand.upperPercent", "agreedOn"));
		assertThatExceptionOfType(FareRejectedException.class)
			.isThrownBy(() -> this.fares.agree(this.operatorId, DISTANCE, this.today.minusDays(2), this.today, null,
					this.tenant.staff()))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(ApplicationViolation::code)
				.containsExactly("fareAgreement.effectiveFrom.beforeAgreed"));
		assertThatExceptionOfType(FareRejectedException.class)
			.isThrownBy(() -> this.fares.agree(this.operatorId, DISTANCE, null, null, null, this.tenant.staff()))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(ApplicationViolation::field)
				.containsExactlyInAnyOrder("agreedOn", "effectiveFrom"));
		assertThat(count()).isZero();
	}

	@Test
	void onlyStaffOfTheMunicipalityRecordFares() {
		AccountPrincipal otherStaff = this.tenants.create().staff();
		AccountPrincipal operatorUser = Registries.operatorUser(this.operatorId);
		AccountPrincipal admin = (AccountPrincipal) this.users.loadUserByUsername("admin");
		for (AccountPrincipal user : List.of(otherStaff, operatorUser)) {
			assertThatExceptionOfType(OperatorNotFoundException.class)
				.isThrownBy(() -> this.fares.agree(this.operatorId, DISTANCE, this.today, this.today, null, user));
		}
		assertThatExceptionOfType(OperatorNotFoundException.class)
			.isThrownBy(() -> this.fares.history(this.operatorId, otherStaff));
		assertThat(count()).isZero();
		this.fares.agree(this.operatorId, DISTANCE, this.today, this.today, null, admin);
		assertThat(this.fares.history(this.operatorId, operatorUser).current()).isPresent();
		assertThat(count()).isEqualTo(1);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from agreed_fare where operator_id = :o")
			.param("o", this.operatorId)
			.query(Long.class)
			.single();
	}

}
