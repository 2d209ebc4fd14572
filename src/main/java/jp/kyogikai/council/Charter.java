package jp.kyogikai.council;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.council.rule.DecisionBase;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.council.rule.TieBreak;
import org.hibernate.envers.Audited;

/**
 * A council's 設置要綱: every rule the product applies, as data, and the charter's text for
 * packets and publication. Each change is kept as a revision.
 */
@Entity
@Audited
public class Charter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "council_id")
	private Council council;

	private int maxMembers;

	private int termMonths;

	@Enumerated(EnumType.STRING)
	private QuorumRule quorumRule;

	@Enumerated(EnumType.STRING)
	private DecisionRule decisionRule;

	@Enumerated(EnumType.STRING)
	private DecisionBase decisionBase;

	@Enumerated(EnumType.STRING)
	private TieBreak tieBreak;

	private boolean chairVotes;

	@Enumerated(EnumType.STRING)
	private ProxyPolicy proxyPolicy;

	private boolean recusalEnabled;

	private boolean meetingsPublicByDefault;

	private long insuranceMinPerPerson;

	private long insuranceMinProperty;

	private long insuranceMinPassenger;

	private int proposalDeadlineMonths;

	private int discussionDeadlineMonths;

	/** The 設置要綱 as published (告示), with its amendments. */
	private String text;

	/** The date the version in force was made or last amended (告示日). */
	private LocalDate amendedOn;

	protected Charter() {
	}

	public Charter(Council council, CharterSettings settings, String text, LocalDate amendedOn) {
		this.council = council;
		apply(settings, text, amendedOn);
	}

	void apply(CharterSettings settings, String text, LocalDate amendedOn) {
		this.maxMembers = settings.maxMembers();
		this.termMonths = settings.termMonths();
		this.quorumRule = settings.quorumRule();
		this.decisionRule = settings.decisionRule();
		this.decisionBase = settings.decisionBase();
		this.tieBreak = settings.tieBreak();
		this.chairVotes = settings.chairVotes();
		this.proxyPolicy = settings.proxyPolicy();
		this.recusalEnabled = settings.recusalEnabled();
		this.meetingsPublicByDefault = settings.meetingsPublicByDefault();
		this.insuranceMinPerPerson = settings.insuranceMinPerPerson();
		this.insuranceMinProperty = settings.insuranceMinProperty();
		this.insuranceMinPassenger = settings.insuranceMinPassenger();
		this.proposalDeadlineMonths = settings.proposalDeadlineMonths();
		this.discussionDeadlineMonths = settings.discussionDeadlineMonths();
		this.text = text;
		this.amendedOn = amendedOn;
	}

	/**
	 * The rules as plain values, for the pure rule classes.
	 * @return the settings
	 */
	public CharterSettings settings() {
		return new CharterSettings(this.maxMembers, this.termMonths, this.quorumRule, this.decisionRule,
				this.decisionBase, this.tieBreak, this.chairVotes, this.proxyPolicy, this.recusalEnabled,
				this.meetingsPublicByDefault, this.insuranceMinPerPerson, this.insuranceMinProperty,
				this.insuranceMinPassenger, this.proposalDeadlineMonths, this.discussionDeadlineMonths);
	}

	/**
	 * 対人賠償の最低額 as pages show it.
	 * @return the minimum
	 */
	public MinimumCover minimumPerPerson() {
		return MinimumCover.of(this.insuranceMinPerPerson);
	}

	/**
	 * 対物賠償の最低額 as pages show it.
	 * @return the minimum
	 */
	public MinimumCover minimumProperty() {
		return MinimumCover.of(this.insuranceMinProperty);
	}

	/**
	 * 搭乗者傷害の最低額 as pages show it.
	 * @return the minimum
	 */
	public MinimumCover minimumPassenger() {
		return MinimumCover.of(this.insuranceMinPassenger);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Council getCouncil() {
		return this.council;
	}

	public String getText() {
		return this.text;
	}

	public LocalDate getAmendedOn() {
		return this.amendedOn;
	}

}
