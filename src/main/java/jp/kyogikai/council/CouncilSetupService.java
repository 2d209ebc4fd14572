package jp.kyogikai.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.council.rule.CharterViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates municipalities and councils with their charter and categories (installation
 * set-up and demo data).
 */
@Service
@Transactional
public class CouncilSetupService {

	private final MunicipalityRepository municipalities;

	private final CouncilRepository councils;

	private final CharterRepository charters;

	private final MemberCategoryRepository categories;

	CouncilSetupService(MunicipalityRepository municipalities, CouncilRepository councils, CharterRepository charters,
			MemberCategoryRepository categories) {
		this.municipalities = municipalities;
		this.councils = councils;
		this.charters = charters;
		this.categories = categories;
	}

	@Transactional(readOnly = true)
	public Optional<Municipality> findMunicipality(String code) {
		return this.municipalities.findByCode(code);
	}

	@Transactional(readOnly = true)
	public Optional<Council> findCouncil(String name) {
		return this.councils.findByName(name);
	}

	public Municipality createMunicipality(String code, String prefecture, String name) {
		return this.municipalities.save(new Municipality(code, prefecture, name));
	}

	/**
	 * Sets the address the product mails the municipality's secretariat at.
	 * @param municipalityId the municipality
	 * @param email the address, {@code null} for none
	 * @return the municipality
	 */
	public Municipality setSecretariatEmail(long municipalityId, String email) {
		Municipality municipality = this.municipalities.findById(municipalityId).orElseThrow();
		municipality.setSecretariatEmail(email);
		return this.municipalities.save(municipality);
	}

	/**
	 * A new council with its charter and its categories in the charter's order.
	 * @param council the council, not yet saved
	 * @param settings the charter's rules
	 * @param charterText the charter's text
	 * @param amendedOn the date of the charter in force
	 * @param categoryNames the 選出区分, in order
	 * @return the saved council
	 */
	public Council createCouncil(Council council, CharterSettings settings, String charterText, LocalDate amendedOn,
			List<String> categoryNames) {
		List<CharterViolation> violations = settings.violations(Set.of());
		if (!violations.isEmpty()) {
			throw new CouncilChangeRejectedException(violations);
		}
		Council saved = this.councils.save(council);
		this.charters.save(new Charter(saved, settings, charterText, amendedOn));
		for (int i = 0; i < categoryNames.size(); i++) {
			this.categories.save(new MemberCategory(saved, categoryNames.get(i), null, i + 1));
		}
		return saved;
	}

}
