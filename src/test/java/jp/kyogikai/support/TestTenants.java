package jp.kyogikai.support;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kyogikai.council.Council;
import jp.kyogikai.council.CouncilSetupService;
import jp.kyogikai.council.CouncilType;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.TransportKind;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.stereotype.Component;

/**
 * A fresh municipality with one council and a staff principal, so a test can change
 * records without touching the demo data or another test's.
 */
@Component
public class TestTenants {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(300000);

	private final CouncilSetupService setup;

	TestTenants(CouncilSetupService setup) {
		this.setup = setup;
	}

	public Tenant create() {
		int number = SEQUENCE.incrementAndGet();
		Municipality municipality = this.setup.createMunicipality(Integer.toString(number), "長野県", "テスト市" + number);
		Council council = this.setup.createCouncil(
				new Council("テスト市" + number + "福祉有償運送運営協議会", CouncilType.OPERATING_COUNCIL, municipality, "福祉課",
						EnumSet.of(TransportKind.WELFARE)),
				CharterSettings.typical(), "テスト用の設置要綱", null, List.of("識見を有する者", "タクシー事業者", "市職員"));
		AccountPrincipal staff = new AccountPrincipal(-number, "staff-" + number, null, "職員" + number, Role.SECRETARIAT,
				municipality.getId(), null, null, municipality.getName(), true);
		return new Tenant(municipality, council, staff);
	}

	/**
	 * A test's own municipality.
	 *
	 * @param municipality the municipality
	 * @param council its council
	 * @param staff a SECRETARIAT principal of the municipality
	 */
	public record Tenant(Municipality municipality, Council council, AccountPrincipal staff) {

		public long councilId() {
			return this.council.getId();
		}

	}

}
