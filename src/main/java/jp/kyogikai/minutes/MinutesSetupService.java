package jp.kyogikai.minutes;

import java.util.Collection;
import java.util.List;

import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a council's rules for its minutes without a signed-in user: for demo data.
 */
@Service
public class MinutesSetupService {

	private final CouncilService councils;

	private final MinutesPolicyRepository policies;

	MinutesSetupService(CouncilService councils, MinutesPolicyRepository policies) {
		this.councils = councils;
		this.policies = policies;
	}

	/**
	 * Sets the policy.
	 * @param councilId the council
	 * @param signers the number of 議事録署名人
	 * @param maskPrivateNames whether the published minutes mask private persons' names
	 * @param privateCategories the names of the member categories whose members are
	 * private persons
	 */
	@Transactional
	public void policy(long councilId, int signers, boolean maskPrivateNames, Collection<String> privateCategories) {
		List<Long> ids = this.councils.rulesOf(councilId)
			.categories()
			.stream()
			.filter((c) -> privateCategories.contains(c.name()))
			.map(CouncilRules.Category::id)
			.toList();
		MinutesPolicy policy = this.policies.findByCouncilId(councilId).orElse(null);
		if (policy == null) {
			this.policies.save(new MinutesPolicy(councilId, signers, maskPrivateNames, true, ids));
		}
		else {
			policy.change(signers, maskPrivateNames, true, ids);
		}
	}

}
