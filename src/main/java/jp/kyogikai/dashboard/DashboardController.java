package jp.kyogikai.dashboard;

import jp.kyogikai.application.ApplicationService;
import jp.kyogikai.attendance.AttendanceService;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.driver.DriverService;
import jp.kyogikai.vehicle.VehicleService;
import jp.kyogikai.writtendeliberation.WrittenDeliberationService;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: one dashboard per role.
 */
@Controller
class DashboardController {

	/** The operator's latest applications on its dashboard. */
	static final int HOME_APPLICATIONS = 5;

	private final CouncilService councils;

	private final OperatorService operators;

	private final MemberService members;

	private final VehicleService vehicles;

	private final DriverService drivers;

	private final ApplicationService applications;

	private final AttendanceService attendance;

	private final WrittenDeliberationService writtenDeliberations;

	private final DashboardProperties properties;

	DashboardController(CouncilService councils, OperatorService operators, MemberService members,
			VehicleService vehicles, DriverService drivers, ApplicationService applications,
			AttendanceService attendance, WrittenDeliberationService writtenDeliberations,
			DashboardProperties properties) {
		this.attendance = attendance;
		this.writtenDeliberations = writtenDeliberations;
		this.councils = councils;
		this.operators = operators;
		this.members = members;
		this.vehicles = vehicles;
		this.drivers = drivers;
		this.applications = applications;
		this.properties = properties;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return switch (user.role()) {
			case ADMIN, SECRETARIAT -> {
				model.addAttribute("councils", this.councils.councilsFor(user));
				model.addAttribute("expiryWindowMonths", this.properties.registrationExpiryWindowMonths());
				model.addAttribute("expiring", this.operators.expiringWithin(user,
						java.time.Period.ofMonths(this.properties.registrationExpiryWindowMonths())));
				model.addAttribute("vehicleWindowDays", this.properties.vehicleExpiryWindowDays());
				model.addAttribute("vehicleExpiries",
						this.vehicles.expiringWithin(user, this.properties.vehicleExpiryWindowDays()));
				model.addAttribute("licenceExpiries",
						this.drivers.licencesExpiringWithin(user, this.properties.vehicleExpiryWindowDays()));
				model.addAttribute("termWindowDays", this.properties.termEndingWindowDays());
				model.addAttribute("termsEnding",
						this.members.termsEndingWithin(user, this.properties.termEndingWindowDays()));
				model.addAttribute("applicationCounts", this.applications.counts(user));
				yield "home/staff";
			}
			case MEMBER -> {
				model.addAttribute("memberCouncils", this.members.councilsOfMember(user));
				model.addAttribute("memberMeetings", this.attendance.upcoming(user));
				model.addAttribute("writtenDeliberations", this.writtenDeliberations.openForMember(user));
				yield "home/member";
			}
			case OPERATOR -> {
				model.addAttribute("operator", this.operators.own(user).orElse(null));
				model.addAttribute("applications",
						this.applications.own(user).stream().limit(HOME_APPLICATIONS).toList());
				yield "home/operator";
			}
		};
	}

	/**
	 * What the dashboards look ahead to.
	 *
	 * @param registrationExpiryWindowMonths registrations ending within this many months
	 * are listed for the secretariat
	 * @param termEndingWindowDays members whose term ends within this many days are
	 * listed
	 */
	@ConfigurationProperties("kyogikai.dashboard")
	record DashboardProperties(@DefaultValue("6") int registrationExpiryWindowMonths,
			@DefaultValue("60") int termEndingWindowDays, @DefaultValue("60") int vehicleExpiryWindowDays) {
	}

}
