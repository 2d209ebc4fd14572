package jp.kyogikai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import jp.kyogikai.council.TransportKind;
import jp.kyogikai.driver.DriverForm;
import jp.kyogikai.driver.DriverSetupService;
import jp.kyogikai.driver.ViolationForm;
import jp.kyogikai.driver.ViolationKind;
import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.operator.ManagerForm;
import jp.kyogikai.operator.ManagerRole;
import jp.kyogikai.operator.OfficeForm;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorForm;
import jp.kyogikai.operator.OperatorSetupService;
import jp.kyogikai.operator.PassengerCategory;
import jp.kyogikai.vehicle.Ownership;
import jp.kyogikai.vehicle.VehicleForm;
import jp.kyogikai.vehicle.VehicleSetupService;
import jp.kyogikai.vehicle.rule.VehicleType;

import org.springframework.stereotype.Component;

/**
 * のんびり's full record, so that its 協議申請書 and 要件確認表 read like a real operator's: its
 * address, representative, registration number, 旅客の範囲 and passengers; one office with a
 * 運行管理の責任者 and a 整備管理の責任者; three vehicles of its own (車いす車, 回転シート車, セダン等) and four
 * drivers, all qualified for 福祉有償運送 with セダン等 (二種, or 一種 with the 福祉有償運送運転者講習; the
 * セダン等運転者講習 or 介護福祉士 each), one with an old minor violation. Every person, address and
 * number is invented. 車検, insurance and licences follow today, so the 要件確認表 stays 適合.
 */
@Component
class DemoNonbiri {

	static final String ADDRESS = "長野県佐久市中込3-12-5";

	static final String REPRESENTATIVE = "理事長 宮下 節子";

	static final String REGISTRATION_NUMBER = "北信福第１２号";

	static final String OFFICE = "中込事務所";

	static final String OPERATION_MANAGER = "荻原 修";

	static final String MAINTENANCE_MANAGER = "工藤 勝彦";

	static final String WHEELCHAIR_PLATE = "長野 800 さ 12-34";

	static final String SWIVEL_SEAT_PLATE = "長野 500 す 56-78";

	static final String SEDAN_PLATE = "長野 300 せ 90-12";

	static final int PASSENGERS = 86;

	private final OperatorSetupService operators;

	private final VehicleSetupService vehicles;

	private final DriverSetupService drivers;

	private final Clock clock;

	DemoNonbiri(OperatorSetupService operators, VehicleSetupService vehicles, DriverSetupService drivers, Clock clock) {
		this.operators = operators;
		this.vehicles = vehicles;
		this.drivers = drivers;
		this.clock = clock;
	}

	void load(Operator nonbiri) {
		long id = nonbiri.getId();
		LocalDate today = LocalDate.now(this.clock);
		registration(id);
		long office = office(id);
		vehicles(id, office, today);
		drivers(id, today);
	}

	/**
	 * First registered in 2013; the current period is the 3 years of the renewal agreed
	 * at the meeting of 20 February 2025.
	 */
	private void registration(long id) {
		OperatorForm form = this.operators.form(id);
		form.setAddress(ADDRESS);
		form.setRepresentative(REPRESENTATIVE);
		form.setRegistrationNumber(REGISTRATION_NUMBER);
		form.setTransportKinds(EnumSet.of(TransportKind.WELFARE));
		form.setPassengerCategories(EnumSet.of(PassengerCategory.PHYSICAL_DISABILITY,
				PassengerCategory.MENTAL_DISABILITY, PassengerCategory.INTELLECTUAL_DISABILITY,
				PassengerCategory.CARE_NEEDED, PassengerCategory.SUPPORT_NEEDED));
		form.setPassengerCount(PASSENGERS);
		form.setRegisteredOn(LocalDate.of(2013, 3, 25));
		form.setValidFrom(LocalDate.of(2025, 4, 1));
		this.operators.update(id, form);
	}

	private long office(long id) {
		OfficeForm office = new OfficeForm();
		office.setName(OFFICE);
		office.setLocation(ADDRESS);
		long officeId = this.operators.addOffice(id, office);
		this.operators.addManager(id, manager(OPERATION_MANAGER, ManagerRole.OPERATION, officeId));
		this.operators.addManager(id, manager(MAINTENANCE_MANAGER, ManagerRole.MAINTENANCE, officeId));
		return officeId;
	}

	private static ManagerForm manager(String name, ManagerRole role, long officeId) {
		ManagerForm form = new ManagerForm();
		form.setName(name);
		form.setRole(role);
		form.setOfficeId(officeId);
		form.setQualified(true);
		return form;
	}

	private void vehicles(long id, long office, LocalDate today) {
		this.vehicles.add(id, vehicle(WHEELCHAIR_PLATE, VehicleType.WHEELCHAIR, 7, "トヨタ ハイエース 車いす仕様車",
				today.getYear() - 5, today.plusDays(250), office, today));
		this.vehicles.add(id, vehicle(SWIVEL_SEAT_PLATE, VehicleType.SWIVEL_SEAT, 7, "ホンダ ステップワゴン 助手席回転シート車",
				today.getYear() - 3, today.plusDays(480), office, today));
		this.vehicles.add(id, vehicle(SEDAN_PLATE, VehicleType.SEDAN, 5, "トヨタ プリウス", today.getYear() - 7,
				today.plusDays(140), office, today));
	}

	/**
	 * A vehicle the operator owns, insured for a year from the first of the month before
	 * last (対人・対物 無制限, 搭乗者傷害 1,000万円: above the charter's minimums).
	 */
	private static VehicleForm vehicle(String plate, VehicleType type, int seats, String model, int firstRegistered,
			LocalDate inspectionExpiresOn, long office, LocalDate today) {
		VehicleForm form = new VehicleForm();
		form.setPlateNumber(plate);
		form.setVehicleType(type);
		form.setSeats(seats);
		form.setModel(model);
		form.setFirstRegisteredYear(firstRegistered);
		form.setOfficeId(office);
		form.setOwnership(Ownership.OWNED);
		form.setInspectionExpiresOn(inspectionExpiresOn);
		form.setInsurer("デモ損害保険");
		LocalDate from = today.minusMonths(2).withDayOfMonth(1);
		form.setPolicyFrom(from);
		form.setPolicyTo(from.plusYears(1).minusDays(1));
		form.setPerPersonUnlimited(true);
		form.setPropertyUnlimited(true);
		form.setCoverPassenger(10_000_000L);
		return form;
	}

	private void drivers(long id, LocalDate today) {
		DriverForm tsuchiya = driver("土屋 健一", "つちや けんいち", LocalDate.of(1958, 6, 14), "長野県佐久市岩村田2105-3", "482001357924",
				LicenceClass.CLASS_2, today, LocalDate.of(2019, 4, 1));
		tsuchiya.setSedanCourseOn(LocalDate.of(2019, 3, 9));
		tsuchiya.setLastAptitudeCheckOn(LocalDate.of(2024, 10, 18));
		tsuchiya.setNotes("元タクシー乗務員。");
		this.drivers.add(id, tsuchiya);

		DriverForm ide = driver("井出 美智子", "いで みちこ", LocalDate.of(1962, 11, 3), "長野県佐久市野沢418-7", "482003468135",
				LicenceClass.CLASS_1, today, LocalDate.of(2020, 4, 1));
		ide.setWelfareCourseOn(LocalDate.of(2020, 2, 15));
		ide.setSedanCourseOn(LocalDate.of(2020, 2, 16));
		this.drivers.add(id, ide);

		DriverForm kobayashi = driver("小林 正志", "こばやし まさし", LocalDate.of(1955, 3, 22), "長野県佐久市臼田1760-2", "482004579246",
				LicenceClass.CLASS_1, today, LocalDate.of(2018, 10, 1));
		kobayashi.setWelfareCourseOn(LocalDate.of(2018, 9, 8));
		kobayashi.setCareWorker(true);
		kobayashi.setLastAptitudeCheckOn(LocalDate.of(2025, 5, 27));
		long kobayashiId = this.drivers.add(id, kobayashi);
		ViolationForm violation = new ViolationForm();
		violation.setOccurredOn(LocalDate.of(2021, 8, 19));
		violation.setKind(ViolationKind.VIOLATION);
		violation.setDescription("一時不停止（私用車で運転中）");
		violation.setPoints(2);
		this.drivers.addViolation(kobayashiId, violation);

		DriverForm yanagisawa = driver("柳澤 由香", "やなぎさわ ゆか", LocalDate.of(1970, 7, 30), "長野県佐久市猿久保655-1", "482005680357",
				LicenceClass.CLASS_1, today, LocalDate.of(2023, 6, 1));
		yanagisawa.setWelfareCourseOn(LocalDate.of(2023, 5, 20));
		yanagisawa.setSedanCourseOn(LocalDate.of(2023, 5, 21));
		this.drivers.add(id, yanagisawa);
	}

	private static DriverForm driver(String name, String furigana, LocalDate birthDate, String address,
			String licenceNumber, LicenceClass licenceClass, LocalDate today, LocalDate appointedOn) {
		DriverForm form = new DriverForm();
		form.setName(name);
		form.setFurigana(furigana);
		form.setBirthDate(birthDate);
		form.setAddress(address);
		form.setLicenceNumber(licenceNumber);
		form.setLicenceClass(licenceClass);
		form.setLicenceExpiresOn(licenceExpiry(birthDate, today));
		form.setAppointedOn(appointedOn);
		return form;
	}

	/**
	 * A licence ends one month after a birthday: the first such day at least a year after
	 * today, so that no licence shows as ending soon.
	 */
	static LocalDate licenceExpiry(LocalDate birthDate, LocalDate today) {
		LocalDate expiry = birthDate.withYear(today.getYear()).plusMonths(1);
		while (expiry.isBefore(today.plusYears(1))) {
			expiry = expiry.plusYears(1);
		}
		return expiry;
	}

}
