package jp.kyogikai.council;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.kyogikai.audit.AuditHistory;
import jp.kyogikai.audit.RecordChange;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.council.rule.CharterViolation;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Councils, their charters and categories, as the signed-in user may see and change them:
 * staff only the councils whose secretariat their municipality runs, the administrator
 * all.
 */
@Service
@Transactional(readOnly = true)
public class CouncilService {

	private final CouncilRepository councils;

	private final CharterRepository charters;

	private final MemberCategoryRepository categories;

	private final AuditHistory auditHistory;

	CouncilService(CouncilRepository councils, CharterRepository charters, MemberCategoryRepository categories,
			AuditHistory auditHistory) {
		this.councils = councils;
		this.charters = charters;
		this.categories = categories;
		this.auditHistory = auditHistory;
	}

	public List<CouncilSummary> councilsFor(AccountPrincipal user) {
		List<Council> found = switch (user.role()) {
			case ADMIN -> this.councils.findAllByOrderById();
			case SECRETARIAT -> this.councils.findBySecretariatMunicipalityIdOrderById(user.municipalityId());
			default -> List.of();
		};
		return found.stream().map(CouncilSummary::of).toList();
	}

	/**
	 * The council, if the user may see it.
	 * @param id the council
	 * @param user the signed-in user
	 * @return the council with its municipalities
	 * @throws CouncilNotFoundException when there is none or it belongs to another
	 * municipality
	 */
	public Council council(long id, AccountPrincipal user) {
		Optional<Council> found = switch (user.role()) {
			case ADMIN -> this.councils.findWithMunicipalitiesById(id);
			case SECRETARIAT -> this.councils.findByIdAndSecretariatMunicipalityId(id, user.municipalityId());
			default -> Optional.empty();
		};
		return found.orElseThrow(() -> new CouncilNotFoundException(id));
	}

	public Charter charter(long councilId, AccountPrincipal user) {
		Council council = council(councilId, user);
		return this.charters.findByCouncilId(council.getId())
			.orElseThrow(() -> new IllegalStateException("設置要綱のない協議会です: " + councilId));
	}

	public List<MemberCategory> categories(long councilId, AccountPrincipal user) {
		return this.categories.findByCouncilIdOrderBySortOrderAscIdAsc(council(councilId, user).getId());
	}

	/**
	 * The council's names, rules and categories, without checking who asks: for modules
	 * that have checked access themselves (a member's own council, say).
	 * @param councilId the council
	 * @return its rules
	 * @throws CouncilNotFoundException when there is no such council
	 */
	public CouncilRules rulesOf(long councilId) {
		return rulesOf(this.councils.findWithMunicipalitiesById(councilId)
			.orElseThrow(() -> new CouncilNotFoundException(councilId)));
	}

	/**
	 * The rules of a council already read, without reading it again: for a council read
	 * through {@link #council(long, AccountPrincipal)} (or a meeting's, checked with it).
	 * @param council the council, with its secretariat municipality
	 * @return its rules
	 */
	public CouncilRules rulesOf(Council council) {
		long councilId = council.getId();
		Charter charter = this.charters.findByCouncilId(councilId)
			.orElseThrow(() -> new CouncilNotFoundException(councilId));
		List<MemberCategory> ordered = this.categories.findByCouncilIdOrderBySortOrderAscIdAsc(councilId);
		List<CouncilRules.Category> categories = new java.util.ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			MemberCategory c = ordered.get(i);
			categories.add(new CouncilRules.Category(c.getId(), c.getName(), c.getCap(), i + 1));
		}
		return new CouncilRules(council.getId(), council.getName(), council.getSecretariatMunicipality().getName(),
				charter.settings(), categories);
	}

	/**
	 * The municipality that runs the council's secretariat, without checking who asks:
	 * for modules that have checked access themselves.
	 * @param councilId the council
	 * @return the municipality's id
	 * @throws CouncilNotFoundException when there is no such council
	 */
	public long secretariatMunicipalityOf(long councilId) {
		return this.councils.findWithMunicipalitiesById(councilId)
			.orElseThrow(() -> new CouncilNotFoundException(councilId))
			.getSecretariatMunicipality()
			.getId();
	}

	/**
	 * The councils whose secretariat a municipality runs, for its public pages: no user.
	 * @param municipalityId the municipality
	 * @return their ids, in order
	 */
	public List<Long> councilIdsRunBy(long municipalityId) {
		return this.councils.findBySecretariatMunicipalityIdOrderById(municipalityId)
			.stream()
			.map(Council::getId)
			.toList();
	}

	/**
	 * {@link #rulesOf(long)} for a council the user may manage.
	 * @param councilId the council
	 * @param user the signed-in user
	 * @return its rules
	 */
	public CouncilRules rulesOf(long councilId, AccountPrincipal user) {
		return rulesOf(council(councilId, user));
	}

	/**
	 * The charters of the councils that deliberate an operator: the councils serving its
	 * municipality (a joint council serves several) that deliberate one of the transport
	 * kinds it runs. Usually one; a caller applying their rules to the operator should
	 * satisfy all of them (the vehicle module takes the strictest insurance minimums);
	 * none means the statutory standard applies. No access check: for modules that have
	 * checked the operator themselves.
	 * @param municipalityId the operator's municipality
	 * @param kinds the transport kinds the operator runs
	 * @return the councils with their charters' settings, by id
	 */
	public List<CouncilCharter> chartersDeliberating(long municipalityId, Set<TransportKind> kinds) {
		List<Council> serving = this.councils.findServing(municipalityId)
			.stream()
			.filter((council) -> council.getTransportKinds().stream().anyMatch(kinds::contains))
			.toList();
		if (serving.isEmpty()) {
			return List.of();
		}
		Map<Long, Charter> charters = new HashMap<>();
		this.charters.findByCouncilIdIn(serving.stream().map(Council::getId).toList())
			.forEach((charter) -> charters.put(charter.getCouncil().getId(), charter));
		return serving.stream()
			.filter((council) -> charters.containsKey(council.getId()))
			.map((council) -> new CouncilCharter(council.getId(), council.getName(),
					charters.get(council.getId()).settings()))
			.toList();
	}

	public List<RecordChange> charterHistory(long councilId, AccountPrincipal user) {
		Charter charter = charter(councilId, user);
		return this.auditHistory.of(Charter.class, charter.getId(), CharterSnapshot::of);
	}

	@Transactional
	public Council updateCouncil(long id, AccountPrincipal user, long expectedVersion, String name, CouncilType type,
			String secretariatDepartment, Set<TransportKind> transportKinds) {
		Council council = council(id, user);
		checkVersion(Council.class, id, expectedVersion, council.getVersion());
		if (transportKinds.isEmpty()) {
			throw new CouncilChangeRejectedException(
					new CharterViolation("transportKinds", "council.transportKinds.empty"));
		}
		council.rename(name.strip(), type, secretariatDepartment.strip(), transportKinds);
		return council;
	}

	/**
	 * Saves new charter settings, or nothing when any rule is broken.
	 * @param councilId the council
	 * @param user the signed-in user
	 * @param expectedVersion the version the form was made from
	 * @param settings the new settings
	 * @param text the charter's text
	 * @param amendedOn the date of the amendment (告示日), may be {@code null}
	 * @return the saved charter
	 */
	@Transactional
	public Charter updateCharter(long councilId, AccountPrincipal user, long expectedVersion, CharterSettings settings,
			String text, LocalDate amendedOn) {
		Charter charter = charter(councilId, user);
		checkVersion(Charter.class, charter.getId(), expectedVersion, charter.getVersion());
		List<CharterViolation> violations = settings.violations(caps(councilId));
		if (!violations.isEmpty()) {
			throw new CouncilChangeRejectedException(violations);
		}
		charter.apply(settings, (text != null) ? text.strip() : "", amendedOn);
		return charter;
	}

	@Transactional
	public MemberCategory addCategory(long councilId, AccountPrincipal user, String name, Integer cap) {
		Council council = council(councilId, user);
		String trimmed = name.strip();
		checkCategory(councilId, user, trimmed, cap, this.categories.existsByCouncilIdAndName(councilId, trimmed));
		int next = this.categories.findByCouncilIdOrderBySortOrderAscIdAsc(councilId)
			.stream()
			.mapToInt(MemberCategory::getSortOrder)
			.max()
			.orElse(0) + 1;
		return this.categories.save(new MemberCategory(council, trimmed, cap, next));
	}

	@Transactional
	public MemberCategory updateCategory(long councilId, long categoryId, AccountPrincipal user, long expectedVersion,
			String name, Integer cap) {
		MemberCategory category = category(councilId, categoryId, user);
		checkVersion(MemberCategory.class, categoryId, expectedVersion, category.getVersion());
		String trimmed = name.strip();
		checkCategory(councilId, user, trimmed, cap,
				this.categories.existsByCouncilIdAndNameAndIdNot(councilId, trimmed, categoryId));
		category.change(trimmed, cap);
		return category;
	}

	/**
	 * Moves a category one place up or down in the charter's order.
	 * @param councilId the council
	 * @param categoryId the category
	 * @param user the signed-in user
	 * @param up {@code true} to move it up
	 */
	@Transactional
	public void moveCategory(long councilId, long categoryId, AccountPrincipal user, boolean up) {
		category(councilId, categoryId, user);
		List<MemberCategory> ordered = this.categories.findByCouncilIdOrderBySortOrderAscIdAsc(councilId);
		int index = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getId() == categoryId) {
				index = i;
			}
		}
		int target = up ? index - 1 : index + 1;
		if (target < 0 || target >= ordered.size()) {
			return;
		}
		MemberCategory moved = ordered.remove(index);
		ordered.add(target, moved);
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getSortOrder() != i + 1) {
				ordered.get(i).moveTo(i + 1);
			}
		}
	}

	@Transactional
	public void deleteCategory(long councilId, long categoryId, AccountPrincipal user, long expectedVersion) {
		MemberCategory category = category(councilId, categoryId, user);
		checkVersion(MemberCategory.class, categoryId, expectedVersion, category.getVersion());
		this.categories.delete(category);
	}

	public List<RecordChange> categoryHistory(long councilId, long categoryId, AccountPrincipal user) {
		category(councilId, categoryId, user);
		return this.auditHistory.of(MemberCategory.class, categoryId, CategorySnapshot::of);
	}

	private MemberCategory category(long councilId, long categoryId, AccountPrincipal user) {
		council(councilId, user);
		return this.categories.findByIdAndCouncilId(categoryId, councilId)
			.orElseThrow(() -> new CouncilNotFoundException(councilId));
	}

	private void checkCategory(long councilId, AccountPrincipal user, String name, Integer cap, boolean nameTaken) {
		if (nameTaken) {
			throw new CouncilChangeRejectedException(new CharterViolation("name", "category.name.taken", name));
		}
		int maxMembers = charter(councilId, user).settings().maxMembers();
		if (cap != null && cap > maxMembers) {
			throw new CouncilChangeRejectedException(new CharterViolation("cap", "category.cap.aboveMax", maxMembers));
		}
	}

	private List<Integer> caps(long councilId) {
		return this.categories.findByCouncilIdOrderBySortOrderAscIdAsc(councilId)
			.stream()
			.map(MemberCategory::getCap)
			.filter(Objects::nonNull)
			.toList();
	}

	private static void checkVersion(Class<?> type, Object id, long expected, long actual) {
		if (expected != actual) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	/**
	 * A category's fields as its history shows them.
	 *
	 * @param name the category's name
	 * @param cap its cap
	 * @param sortOrder its place
	 */
	public record CategorySnapshot(String name, Integer cap, int sortOrder) {

		static CategorySnapshot of(MemberCategory category) {
			return new CategorySnapshot(category.getName(), category.getCap(), category.getSortOrder());
		}

	}

}
