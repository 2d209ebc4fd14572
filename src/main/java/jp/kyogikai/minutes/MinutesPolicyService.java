package jp.kyogikai.minutes;

import java.util.List;
import java.util.Locale;

import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes a council's {@link MinutesPolicy} for its staff (another
 * municipality's council is a 404 through
 * {@link CouncilService#rulesOf(long, AccountPrincipal)}).
 */
@Service
@Transactional(readOnly = true)
class MinutesPolicyService {

	private final CouncilService councils;

	private final MinutesPolicyRepository policies;

	private final MessageSource messages;

	MinutesPolicyService(CouncilService councils, MinutesPolicyRepository policies, MessageSource messages) {
		this.councils = councils;
		this.policies = policies;
		this.messages = messages;
	}

	CouncilRules council(long councilId, AccountPrincipal user) {
		return this.councils.rulesOf(councilId, user);
	}

	MinutesPolicy policy(long councilId, AccountPrincipal user) {
		long id = council(councilId, user).councilId();
		return this.policies.findByCouncilId(id).orElseGet(() -> MinutesPolicy.defaults(id));
	}

	/**
	 * The number of signers as typed: anything but a whole number is out of range, so
	 * that the page says what is allowed instead of a bare 400.
	 * @param typed the field
	 * @return the number, or -1 when it is not one
	 */
	static int count(String typed) {
		String clean = (typed != null) ? typed.strip() : "";
		return clean.matches("[0-9]{1,2}") ? Integer.parseInt(clean) : -1;
	}

	@Transactional
	void save(long councilId, AccountPrincipal user, int signerCount, boolean maskPrivateNames, boolean maskWitnesses,
			List<Long> privateCategoryIds, long version) {
		CouncilRules council = council(councilId, user);
		if (signerCount < 0 || signerCount > MinutesPolicy.MAX_SIGNERS) {
			throw new MinutesRefusedException("minutes.refused.signerCount", this.messages.getMessage(
					"minutes.refused.signerCount", new Object[] { MinutesPolicy.MAX_SIGNERS }, Locale.JAPANESE));
		}
		List<Long> known = council.categories().stream().map(CouncilRules.Category::id).toList();
		if (!known.containsAll(privateCategoryIds)) {
			throw new MinutesRefusedException("minutes.refused.category",
					this.messages.getMessage("minutes.refused.category", null, Locale.JAPANESE));
		}
		MinutesPolicy policy = this.policies.findByCouncilId(council.councilId()).orElse(null);
		if (policy == null) {
			if (version != 0) {
				throw new ObjectOptimisticLockingFailureException(MinutesPolicy.class, councilId);
			}
			this.policies.saveAndFlush(new MinutesPolicy(council.councilId(), signerCount, maskPrivateNames,
					maskWitnesses, privateCategoryIds));
			return;
		}
		if (policy.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(MinutesPolicy.class, policy.getId());
		}
		policy.change(signerCount, maskPrivateNames, maskWitnesses, privateCategoryIds);
		this.policies.saveAndFlush(policy);
	}

}
