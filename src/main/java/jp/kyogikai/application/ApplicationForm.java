package jp.kyogikai.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.ChangeClassification;
import jp.kyogikai.application.rule.ChangeItem;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.fare.FareScheduleForm;
import jp.kyogikai.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What the operator writes in an application: the type (fixed once the draft exists), the
 * items of a 変更登録, 運送の区域, 申請の理由 and 備考, and for a type that proposes fares the proposed
 * fares ({@code proposedFares}, through the fare module's form; all empty means not
 * entered yet) with their 適用開始予定日. Checks across fields are in {@link #check}.
 */
public class ApplicationForm {

	/** The items whose change concerns the area, for which the area must be given. */
	private static final Set<ChangeItem> AREA_ITEMS = EnumSet.of(ChangeItem.AREA_ENLARGED, ChangeItem.AREA_REDUCED,
			ChangeItem.TRANSPORT_KIND_CHANGED);

	@NotNull
	private ApplicationType type;

	private Set<ChangeItem> changeItems = EnumSet.noneOf(ChangeItem.class);

	@Size(max = 2000)
	private String area;

	@NotBlank
	@Size(max = 4000)
	private String reason;

	@Size(max = 2000)
	private String remarks;

	/** The proposed fares, as the fare module's form binds them. */
	private FareScheduleForm proposedFares = new FareScheduleForm();

	/** 適用開始予定日 of the proposed fares, optional. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate proposedEffectiveFrom;

	private long version;

	/**
	 * An empty form whose fare rows are ready for the page.
	 * @param type the preselected type
	 * @return the form
	 */
	static ApplicationForm blank(ApplicationType type) {
		ApplicationForm form = new ApplicationForm();
		form.type = type;
		form.proposedFares.withBlankRows();
		return form;
	}

	static ApplicationForm of(Application application) {
		ApplicationForm form = new ApplicationForm();
		form.type = application.getType();
		form.changeItems = application.getChangeItems();
		form.area = application.getArea();
		form.reason = application.getReason();
		form.remarks = application.getRemarks();
		FareSchedule proposed = application.proposedSchedule();
		form.proposedFares = ((proposed != null) ? FareScheduleForm.of(proposed) : new FareScheduleForm())
			.withBlankRows();
		form.proposedEffectiveFrom = application.getProposedEffectiveFrom();
		form.version = application.getVersion();
		return form;
	}

	/**
	 * Checks across fields: a 変更登録 names at least one item; the area is given for a new
	 * registration, a renewal and a change of the area or the transport kind.
	 * @param errors where to report
	 */
	public void check(Errors errors) {
		if (this.type == ApplicationType.CHANGE) {
			ChangeClassification.of(this.changeItems)
				.violations()
				.forEach((v) -> FormErrors.reject(errors, v.field(), v.code(), v.arguments()));
		}
		if (areaRequired() && (this.area == null || this.area.isBlank())) {
			errors.rejectValue("area", "application.area.required");
		}
		if (faresEntered()) {
			this.proposedFares.check(errors, "proposedFares");
		}
	}

	/**
	 * Whether proposed fares were entered: the type proposes fares and the fare inputs
	 * are not all empty (a draft may be saved before the fares are known).
	 * @return {@code true} when the fares are to be checked and saved
	 */
	public boolean faresEntered() {
		if (this.type == null || !this.type.proposesFares() || this.proposedFares == null) {
			return false;
		}
		FareScheduleForm f = this.proposedFares;
		boolean figures = f.getMethod() != null || f.getBaseMetres() != null || f.getBaseMinutes() != null
				|| f.getBaseFare() != null || f.getIncrementMetres() != null || f.getIncrementMinutes() != null
				|| f.getIncrementFare() != null || f.getFlatAmount() != null || f.getDynamicBandUpperPercent() != null
				|| f.getDynamicBandLowerPercent() != null;
		return figures || (f.getOtherCharges() != null && f.getOtherCharges().stream().anyMatch((c) -> !c.isBlank()));
	}

	/**
	 * The proposed fares as checked by {@link #check}.
	 * @return the schedule, {@code null} when none was entered
	 */
	FareSchedule proposedSchedule() {
		return faresEntered() ? this.proposedFares.toSchedule() : null;
	}

	/**
	 * Whether 運送の区域 must be given.
	 * @return {@code true} for 新規登録, 更新登録 and a 変更登録 of the area or the transport kind
	 */
	public boolean areaRequired() {
		if (this.type == ApplicationType.NEW || this.type == ApplicationType.RENEWAL) {
			return true;
		}
		return this.type == ApplicationType.CHANGE && this.changeItems != null
				&& this.changeItems.stream().anyMatch(AREA_ITEMS::contains);
	}

	/**
	 * How the change would be handled, for the form to say so before saving.
	 * @return the classification of a 変更登録 with at least one item, otherwise {@code null}
	 */
	public ChangeClassification classification() {
		if (this.type != ApplicationType.CHANGE) {
			return null;
		}
		ChangeClassification classification = ChangeClassification.of(this.changeItems);
		return classification.isValid() ? classification : null;
	}

	public ApplicationType getType() {
		return this.type;
	}

	public void setType(ApplicationType type) {
		this.type = type;
	}

	public Set<ChangeItem> getChangeItems() {
		return this.changeItems;
	}

	public void setChangeItems(Set<ChangeItem> changeItems) {
		this.changeItems = (changeItems != null) ? changeItems : EnumSet.noneOf(ChangeItem.class);
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getRemarks() {
		return this.remarks;
	}

	public void setRemarks(String remarks) {
		this.remarks = remarks;
	}

	public FareScheduleForm getProposedFares() {
		return this.proposedFares;
	}

	public void setProposedFares(FareScheduleForm proposedFares) {
		this.proposedFares = (proposedFares != null) ? proposedFares : new FareScheduleForm();
	}

	public LocalDate getProposedEffectiveFrom() {
		return this.proposedEffectiveFrom;
	}

	public void setProposedEffectiveFrom(LocalDate proposedEffectiveFrom) {
		this.proposedEffectiveFrom = proposedEffectiveFrom;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
