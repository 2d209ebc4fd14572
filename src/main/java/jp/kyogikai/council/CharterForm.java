package jp.kyogikai.council;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.council.rule.DecisionBase;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.council.rule.TieBreak;
import jp.kyogikai.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The charter settings page. Ranges are checked by {@link CharterSettings#violations},
 * the one place that knows them; {@link #check} asks for an amount unless 無制限 is ticked.
 */
public class CharterForm {

	@NotNull
	private Integer maxMembers;

	@NotNull
	private Integer termMonths;

	@NotNull
	private QuorumRule quorumRule;

	@NotNull
	private DecisionRule decisionRule;

	@NotNull
	private DecisionBase decisionBase;

	@NotNull
	private TieBreak tieBreak;

	private boolean chairVotes;

	@NotNull
	private ProxyPolicy proxyPolicy;

	private boolean recusalEnabled;

	private boolean meetingsPublicByDefault;

	private Long insuranceMinPerPerson;

	private boolean insuranceMinPerPersonUnlimited;

	private Long insuranceMinProperty;

	private boolean insuranceMinPropertyUnlimited;

	@NotNull
	private Long insuranceMinPassenger;

	@NotNull
	private Integer proposalDeadlineMonths;

	@NotNull
	private Integer discussionDeadlineMonths;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate amendedOn;

	@Size(max = 100_000)
	private String text;

	private long version;

	static CharterForm of(Charter charter) {
		CharterSettings s = charter.settings();
		CharterForm form = new CharterForm();
		form.maxMembers = s.maxMembers();
		form.termMonths = s.termMonths();
		form.quorumRule = s.quorumRule();
		form.decisionRule = s.decisionRule();
		form.decisionBase = s.decisionBase();
		form.tieBreak = s.tieBreak();
		form.chairVotes = s.chairVotes();
		form.proxyPolicy = s.proxyPolicy();
		form.recusalEnabled = s.recusalEnabled();
		form.meetingsPublicByDefault = s.meetingsPublicByDefault();
		form.insuranceMinPerPersonUnlimited = s.insuranceMinPerPerson() == CharterSettings.UNLIMITED;
		form.insuranceMinPerPerson = form.insuranceMinPerPersonUnlimited ? null : s.insuranceMinPerPerson();
		form.insuranceMinPropertyUnlimited = s.insuranceMinProperty() == CharterSettings.UNLIMITED;
		form.insuranceMinProperty = form.insuranceMinPropertyUnlimited ? null : s.insuranceMinProperty();
		form.insuranceMinPassenger = s.insuranceMinPassenger();
		form.proposalDeadlineMonths = s.proposalDeadlineMonths();
		form.discussionDeadlineMonths = s.discussionDeadlineMonths();
		form.amendedOn = charter.getAmendedOn();
		form.text = charter.getText();
		form.version = charter.getVersion();
		return form;
	}

	/**
	 * Checks across fields: 対人 and 対物 need an amount unless 無制限 is ticked (an amount
	 * typed beside a ticked 無制限 is ignored); a negative amount is never 無制限, only the
	 * tick is.
	 * @param errors where to report
	 */
	void check(Errors errors) {
		amount(errors, "insuranceMinPerPerson", this.insuranceMinPerPerson, this.insuranceMinPerPersonUnlimited,
				CharterSettings.STATUTORY_MIN_PER_PERSON);
		amount(errors, "insuranceMinProperty", this.insuranceMinProperty, this.insuranceMinPropertyUnlimited,
				CharterSettings.STATUTORY_MIN_PROPERTY);
	}

	private static void amount(Errors errors, String field, Long amount, boolean unlimited, long statutory) {
		if (unlimited || errors.hasFieldErrors(field)) {
			return;
		}
		if (amount == null) {
			FormErrors.reject(errors, field, "NotNull", List.of());
		}
		else if (amount < 0) {
			FormErrors.reject(errors, field, "charter.insurance.belowStatutory", List.of(statutory));
		}
	}

	CharterSettings toSettings() {
		return new CharterSettings(this.maxMembers, this.termMonths, this.quorumRule, this.decisionRule,
				this.decisionBase, this.tieBreak, this.chairVotes, this.proxyPolicy, this.recusalEnabled,
				this.meetingsPublicByDefault,
				this.insuranceMinPerPersonUnlimited ? CharterSettings.UNLIMITED : this.insuranceMinPerPerson,
				this.insuranceMinPropertyUnlimited ? CharterSettings.UNLIMITED : this.insuranceMinProperty,
				this.insuranceMinPassenger, this.proposalDeadlineMonths, this.discussionDeadlineMonths);
	}

	public Integer getMaxMembers() {
		return this.maxMembers;
	}

	public void setMaxMembers(Integer maxMembers) {
		this.maxMembers = maxMembers;
	}

	public Integer getTermMonths() {
		return this.termMonths;
	}

	public void setTermMonths(Integer termMonths) {
		this.termMonths = termMonths;
	}

	public QuorumRule getQuorumRule() {
		return this.quorumRule;
	}

	public void setQuorumRule(QuorumRule quorumRule) {
		this.quorumRule = quorumRule;
	}

	public DecisionRule getDecisionRule() {
		return this.decisionRule;
	}

	public void setDecisionRule(DecisionRule decisionRule) {
		this.decisionRule = decisionRule;
	}

	public DecisionBase getDecisionBase() {
		return this.decisionBase;
	}

	public void setDecisionBase(DecisionBase decisionBase) {
		this.decisionBase = decisionBase;
	}

	public TieBreak getTieBreak() {
		return this.tieBreak;
	}

	public void setTieBreak(TieBreak tieBreak) {
		this.tieBreak = tieBreak;
	}

	public boolean isChairVotes() {
		return this.chairVotes;
	}

	public void setChairVotes(boolean chairVotes) {
		this.chairVotes = chairVotes;
	}

	public ProxyPolicy getProxyPolicy() {
		return this.proxyPolicy;
	}

	public void setProxyPolicy(ProxyPolicy proxyPolicy) {
		this.proxyPolicy = proxyPolicy;
	}

	public boolean isRecusalEnabled() {
		return this.recusalEnabled;
	}

	public void setRecusalEnabled(boolean recusalEnabled) {
		this.recusalEnabled = recusalEnabled;
	}

	public boolean isMeetingsPublicByDefault() {
		return this.meetingsPublicByDefault;
	}

	public void setMeetingsPublicByDefault(boolean meetingsPublicByDefault) {
		this.meetingsPublicByDefault = meetingsPublicByDefault;
	}

	public Long getInsuranceMinPerPerson() {
		return this.insuranceMinPerPerson;
	}

	public void setInsuranceMinPerPerson(Long insuranceMinPerPerson) {
		this.insuranceMinPerPerson = insuranceMinPerPerson;
	}

	public Long getInsuranceMinProperty() {
		return this.insuranceMinProperty;
	}

	public void setInsuranceMinProperty(Long insuranceMinProperty) {
		this.insuranceMinProperty = insuranceMinProperty;
	}

	public boolean isInsuranceMinPerPersonUnlimited() {
		return this.insuranceMinPerPersonUnlimited;
	}

	public void setInsuranceMinPerPersonUnlimited(boolean insuranceMinPerPersonUnlimited) {
		this.insuranceMinPerPersonUnlimited = insuranceMinPerPersonUnlimited;
	}

	public boolean isInsuranceMinPropertyUnlimited() {
		return this.insuranceMinPropertyUnlimited;
	}

	public void setInsuranceMinPropertyUnlimited(boolean insuranceMinPropertyUnlimited) {
		this.insuranceMinPropertyUnlimited = insuranceMinPropertyUnlimited;
	}

	public Long getInsuranceMinPassenger() {
		return this.insuranceMinPassenger;
	}

	public void setInsuranceMinPassenger(Long insuranceMinPassenger) {
		this.insuranceMinPassenger = insuranceMinPassenger;
	}

	public Integer getProposalDeadlineMonths() {
		return this.proposalDeadlineMonths;
	}

	public void setProposalDeadlineMonths(Integer proposalDeadlineMonths) {
		this.proposalDeadlineMonths = proposalDeadlineMonths;
	}

	public Integer getDiscussionDeadlineMonths() {
		return this.discussionDeadlineMonths;
	}

	public void setDiscussionDeadlineMonths(Integer discussionDeadlineMonths) {
		this.discussionDeadlineMonths = discussionDeadlineMonths;
	}

	public LocalDate getAmendedOn() {
		return this.amendedOn;
	}

	public void setAmendedOn(LocalDate amendedOn) {
		this.amendedOn = amendedOn;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
