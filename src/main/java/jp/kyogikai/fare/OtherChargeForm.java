package jp.kyogikai.fare;

import jp.kyogikai.application.rule.ChargeKind;
import jp.kyogikai.application.rule.ChargeUnit;
import jp.kyogikai.application.rule.OtherCharge;

/**
 * One row of the other charges (運賃以外の料金) of a {@link FareScheduleForm}.
 */
public class OtherChargeForm {

	private ChargeKind kind;

	private String name;

	private Long amount;

	private ChargeUnit unit;

	private Integer unitSize;

	private String appliesWhen;

	public OtherChargeForm() {
	}

	/**
	 * The row of a charge.
	 * @param charge the charge
	 * @return the row; the unit size stays empty for a per-trip charge
	 */
	public static OtherChargeForm of(OtherCharge charge) {
		OtherChargeForm form = new OtherChargeForm();
		form.kind = charge.kind();
		form.name = charge.name();
		form.amount = charge.amount();
		form.unit = charge.unit();
		form.unitSize = (charge.unit() == ChargeUnit.PER_TRIP) ? null : charge.unitSize();
		form.appliesWhen = charge.appliesWhen();
		return form;
	}

	/**
	 * Whether nothing was entered in the row (an empty row of the form is left out).
	 * @return {@code true} when every field is empty
	 */
	public boolean isBlank() {
		return this.kind == null && blank(this.name) && this.amount == null && this.unit == null
				&& this.unitSize == null && blank(this.appliesWhen);
	}

	/**
	 * The charge as typed: texts stripped (empty ones {@code null}), an empty amount or
	 * unit size 0, the unit size 0 for a per-trip charge.
	 * @return the charge, for the rule to check
	 */
	OtherCharge toCharge() {
		int size = (this.unit == ChargeUnit.PER_TRIP || this.unitSize == null) ? 0 : this.unitSize;
		return new OtherCharge(this.kind, strip(this.name), (this.amount != null) ? this.amount : 0, this.unit, size,
				strip(this.appliesWhen));
	}

	static String strip(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public ChargeKind getKind() {
		return this.kind;
	}

	public void setKind(ChargeKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getAmount() {
		return this.amount;
	}

	public void setAmount(Long amount) {
		this.amount = amount;
	}

	public ChargeUnit getUnit() {
		return this.unit;
	}

	public void setUnit(ChargeUnit unit) {
		this.unit = unit;
	}

	public Integer getUnitSize() {
		return this.unitSize;
	}

	public void setUnitSize(Integer unitSize) {
		this.unitSize = unitSize;
	}

	public String getAppliesWhen() {
		return this.appliesWhen;
	}

	public void setAppliesWhen(String appliesWhen) {
		this.appliesWhen = appliesWhen;
	}

}
