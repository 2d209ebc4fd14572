package jp.kyogikai.demo;

import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.compliance.ComplianceReport;
import jp.kyogikai.compliance.ComplianceReport.Row;
import jp.kyogikai.compliance.ComplianceReport.Status;
import jp.kyogikai.compliance.ComplianceService;
import jp.kyogikai.driver.Driver;
import jp.kyogikai.driver.DriverService;
import jp.kyogikai.driver.DriverView;
import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.operator.ManagerRole;
import jp.kyogikai.operator.OperationManager;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.operator.PassengerCategory;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.vehicle.VehicleService;
import jp.kyogikai.vehicle.VehicleView;
import jp.kyogikai.vehicle.rule.VehicleType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * のんびり's demo record is complete: registration, an office with both managers, three
 * vehicles and four qualified drivers, a 要件確認表 without 不適合, and its application in the
 * seed meeting's packet (資料No.5) lists the vehicles and drivers without their personal
 * data. Other tests empty the registries of every operator, so each test here loads
 * のんびり's record afresh.
 */
@IntegrationTest
class DemoNonbiriIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoNonbiri demo;

	@Autowired
	OperatorRepository operators;

	@Autowired
	OperatorService operatorService;

	@Autowired
	VehicleService vehicles;

	@Autowired
	DriverService drivers;

	@Autowired
	ComplianceService compliance;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	Operator nonbiri;

	AccountPrincipal staff;

	@BeforeEach
	void loadNonbiriAfresh() {
		long saku = this.jdbc.sql("select id from municipality where name = '佐久市'").query(Long.class).single();
		this.nonbiri = this.operators.findByMunicipalityIdAndName(saku, "特定非営利活動法人 のんびり").orElseThrow();
		this.staff = (AccountPrincipal) this.users.loadUserByUsername("staff");
		for (String table : List.of("driver_violation", "driver_suspension")) {
			this.jdbc.sql("delete from " + table + " where driver_id in (select id from driver where operator_id = :o)")
				.param("o", this.nonbiri.getId())
				.update();
		}
		for (String table : List.of("driver", "vehicle", "operation_manager", "office")) {
			this.jdbc.sql("delete from " + table + " where operator_id = :o").param("o", this.nonbiri.getId()).update();
		}
		this.demo.load(this.nonbiri);
	}

	@Test
	void nonbiriHasItsRegistrationOfficeAndManagers() {
		OperatorDetail detail = this.operatorService.detail(this.nonbiri.getId(), this.staff);
		Operator operator = detail.operator();
		assertThat(operator.getAddress()).isEqualTo(DemoNonbiri.ADDRESS).startsWith("長野県佐久市");
		assertThat(operator.getRepresentative()).isEqualTo(DemoNonbiri.REPRESENTATIVE).startsWith("理事長 ");
		assertThat(operator.getRegistrationNumber()).isEqualTo(DemoNonbiri.REGISTRATION_NUMBER);
		assertThat(operator.getPassengerCategories()).contains(PassengerCategory.PHYSICAL_DISABILITY,
				PassengerCategory.CARE_NEEDED);
		assertThat(operator.getPassengerCount()).isEqualTo(DemoNonbiri.PASSENGERS);
		// the existing registration is kept: the renewal agreed on 20 February 2025
		assertThat(operator.getRegistrationExpiresOn()).isEqualTo(LocalDate.of(2028, 3, 31));
		assertThat(operator.getLastDeliberatedOn()).isEqualTo(LocalDate.of(2025, 2, 20));
		assertThat(operator.getContactEmail()).endsWith("@example.jp");
		assertThat(detail.offices()).singleElement()
			.satisfies((office) -> assertThat(office.getName() + " " + office.getLocation())
				.isEqualTo(DemoNonbiri.OFFICE + " " + DemoNonbiri.ADDRESS));
		assertThat(detail.managers())
			.extracting(OperationManager::getRole, OperationManager::getName, OperationManager::isQualified)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(ManagerRole.OPERATION, DemoNonbiri.OPERATION_MANAGER, true),
					org.assertj.core.groups.Tuple.tuple(ManagerRole.MAINTENANCE, DemoNonbiri.MAINTENANCE_MANAGER,
							true));
		assertThat(detail.managers())
			.allSatisfy((manager) -> assertThat(manager.getOfficeId()).isEqualTo(detail.offices().get(0).getId()));
	}

	@Test
	void nonbiriHasThreeVehiclesAndFourQualifiedDrivers() {
		List<VehicleView> vehicles = this.vehicles.list(this.nonbiri.getId(), this.staff);
		assertThat(vehicles).extracting((view) -> view.vehicle().getPlateNumber())
			.containsExactlyInAnyOrder(DemoNonbiri.WHEELCHAIR_PLATE, DemoNonbiri.SWIVEL_SEAT_PLATE,
					DemoNonbiri.SEDAN_PLATE);
		assertThat(vehicles).extracting((view) -> view.vehicle().getVehicleType())
			.containsExactlyInAnyOrder(VehicleType.WHEELCHAIR, VehicleType.SWIVEL_SEAT, VehicleType.SEDAN);
		assertThat(vehicles).allSatisfy((view) -> assertThat(view.findings()).isEmpty());
		List<DriverView> drivers = this.drivers.list(this.nonbiri.getId(), this.staff);
		assertThat(drivers).hasSize(4).allSatisfy((view) -> {
			assertThat(view.left()).isFalse();
			assertThat(view.reasons()).isEmpty();
			assertThat(view.qualified()).isTrue();
			assertThat(view.driver().getLicenceExpiresOn()).isAfter(LocalDate.now());
		});
		assertThat(drivers).extracting((view) -> view.driver().getLicenceClass())
			.contains(LicenceClass.CLASS_1, LicenceClass.CLASS_2);
		long violations = this.jdbc.sql("""
				select count(*) from driver_violation v join driver d on d.id = v.driver_id where d.operator_id = :o
				""").param("o", this.nonbiri.getId()).query(Long.class).single();
		assertThat(violations).isEqualTo(1);
	}

	@Test
	void nonbirisComplianceReportHasNoNonConformity() {
		ComplianceReport report = this.compliance.check(this.nonbiri.getId(), this.staff);
		OperatorDetail detail = this.operatorService.detail(this.nonbiri.getId(), this.staff);
		List<Row> rows = report.sections().stream().flatMap((section) -> section.rows().stream()).toList();
		// 3 vehicles, 4 drivers, registration, both managers and the three incident rows
		assertThat(rows).hasSize(1 + 3 + 4 + 2 + 3);
		Row registration = report.sections().get(0).rows().get(0);
		// the registration is 要注意 only once its renewal is due (from 180 days before
		// 2028-03-31)
		assertThat(registration.status()).isEqualTo(detail.renewalDue() ? Status.WARN : Status.OK);
		assertThat(rows.subList(1, rows.size())).allSatisfy((row) -> assertThat(row.status()).isEqualTo(Status.OK));
	}

	@Test
	void theSeedPacketShowsNonbirisVehiclesAndDriversWithoutTheirPersonalData() throws Exception {
		long meeting = this.jdbc.sql("""
				select m.id from meeting m join council c on c.id = m.council_id
				where c.name = '佐久市福祉有償運送運営協議会' and m.starts_at = timestamptz '2025-07-17 10:00+09'
				""").query(Long.class).single();
		byte[] packet = this.mvc.perform(get("/meetings/{id}/packet.pdf", meeting).with(user(this.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(packet)) {
			text = new PDFTextStripper().getText(document);
		}
		String compact = text.replaceAll("\\s+", "");
		// 資料No.5 is のんびり's 協議申請書, from its cover to the end of the packet
		int cover = compact.indexOf("登録変更協議申請書");
		assertThat(cover).isPositive();
		String material = compact.substring(cover);
		assertThat(material).contains("申請者", DemoNonbiri.ADDRESS, DemoNonbiri.REPRESENTATIVE.replace(" ", ""),
				DemoNonbiri.WHEELCHAIR_PLATE.replace(" ", ""), DemoNonbiri.SEDAN_PLATE.replace(" ", ""),
				DemoNonbiri.REGISTRATION_NUMBER, DemoNonbiri.OFFICE, DemoNonbiri.OPERATION_MANAGER.replace(" ", ""));
		List<Driver> drivers = this.drivers.list(this.nonbiri.getId(), this.staff)
			.stream()
			.map(DriverView::driver)
			.toList();
		assertThat(drivers).hasSize(4);
		for (Driver driver : drivers) {
			assertThat(material).contains(driver.getName().replace(" ", ""));
			assertThat(compact).doesNotContain(driver.getLicenceNumber(), driver.getAddress().replace(" ", ""),
					Wareki.format(driver.getBirthDate()), driver.getBirthDate().toString());
		}
	}

}
