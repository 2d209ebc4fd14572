package jp.kyogikai.fare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kyogikai.application.rule.ApplicationViolation;
import jp.kyogikai.application.rule.BaseFare;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.DynamicBand;
import jp.kyogikai.application.rule.FareLimits;
import jp.kyogikai.application.rule.FareMethod;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.FlatFare;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.application.rule.TimeFare;
import jp.kyogikai.web.FormErrors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A {@link FareSchedule} as a form binds it, for any page that takes fares: this module's
 * agreed fares, an application's proposed fares. Embed it as a property of the page's
 * form (say {@code proposedFares}), render its inputs with
 * {@code fares/_schedule-form :: fields('proposedFares')}, and after binding call
 * {@link #check(Errors, String) check(result, "proposedFares")}: the rule's violations
 * become field errors in Japanese (message codes of {@code application.rule}, the field's
 * label as {0}); then {@link #toSchedule()} gives the schedule.
 * <p>
 * Distance and time fares share {@code baseFare} and {@code incrementFare}; the distance
 * is in {@code baseMetres} / {@code incrementMetres}, the time in {@code baseMinutes} /
 * {@code incrementMinutes}; a flat fare's amount is {@code flatAmount}. Empty rows of
 * {@code otherCharges} are left out, and messages number the rows as the form shows them.
 * An input that is not a number is reported by Spring ({@code typeMismatch}), whose label
 * is looked up as {@code <prefix>.<field>} (this module defines those of
 * {@code schedule}).
 */
public class FareScheduleForm {

	/** The empty rows of other charges a form offers below the filled ones. */
	public static final int BLANK_ROWS = 3;

	private static final Pattern ROW = Pattern.compile("^otherCharges\\[(\\d+)]\\.(.+)$");

	/**
	 * The rule's fields (as {@link ApplicationViolation#field()} names them) on the form.
	 */
	private static final Map<String, String> FIELDS = Map.of("fare", "method", "fare.baseMetres", "baseMetres",
			"fare.baseMinutes", "baseMinutes", "fare.baseFare", "baseFare", "fare.incrementMetres", "incrementMetres",
			"fare.incrementMinutes", "incrementMinutes", "fare.incrementFare", "incrementFare", "fare.amount",
			"flatAmount", "dynamicBand.upperPercent", "dynamicBandUpperPercent", "dynamicBand.lowerPercent",
			"dynamicBandLowerPercent");

	private FareMethod method;

	private Integer baseMetres;

	private Integer baseMinutes;

	private Long baseFare;

	private Integer incrementMetres;

	private Integer incrementMinutes;

	private Long incrementFare;

	private Long flatAmount;

	private List<OtherChargeForm> otherCharges = new ArrayList<>();

	private Integer dynamicBandUpperPercent;

	private Integer dynamicBandLowerPercent;

	public FareScheduleForm() {
	}

	/**
	 * The form of a schedule; {@code of(schedule).toSchedule()} equals the schedule.
	 * @param schedule the schedule
	 * @return the form, without empty rows
	 */
	public static FareScheduleForm of(FareSchedule schedule) {
		FareScheduleForm form = new FareScheduleForm();
		BaseFare fare = schedule.fare();
		form.method = schedule.method();
		if (fare instanceof DistanceFare distance) {
			form.baseMetres = distance.baseMetres();
			form.baseFare = distance.baseFare();
			form.incrementMetres = distance.incrementMetres();
			form.incrementFare = distance.incrementFare();
		}
		else if (fare instanceof TimeFare time) {
			form.baseMinutes = time.baseMinutes();
			form.baseFare = time.baseFare();
			form.incrementMinutes = time.incrementMinutes();
			form.incrementFare = time.incrementFare();
		}
		else if (fare instanceof FlatFare flat) {
			form.flatAmount = flat.amount();
		}
		for (OtherCharge charge : schedule.otherCharges()) {
			form.otherCharges.add(OtherChargeForm.of(charge));
		}
		form.dynamicBandUpperPercent = schedule.dynamicBand().upperPercent();
		form.dynamicBandLowerPercent = schedule.dynamicBand().lowerPercent();
		return form;
	}

	/**
	 * Adds empty rows of other charges up to {@link #BLANK_ROWS} at the end, for the
	 * page.
	 * @return this form
	 */
	public FareScheduleForm withBlankRows() {
		long blank = this.otherCharges.stream().filter(OtherChargeForm::isBlank).count();
		int room = FareSchedule.MAX_OTHER_CHARGES - this.otherCharges.size();
		for (long i = blank; i < BLANK_ROWS && room > 0; i++, room--) {
			this.otherCharges.add(new OtherChargeForm());
		}
		return this;
	}

	/**
	 * The schedule as typed: the base fare of the chosen method ({@code null} without
	 * one), empty figures as 0, empty rows left out, an empty band as no band. Check it
	 * with {@link #check} first.
	 * @return the schedule
	 */
	public FareSchedule toSchedule() {
		return new FareSchedule(baseFare(),
				filledRows().stream().map((i) -> this.otherCharges.get(i).toCharge()).toList(),
				new DynamicBand(orZero(this.dynamicBandUpperPercent), orZero(this.dynamicBandLowerPercent)));
	}

	private BaseFare baseFare() {
		if (this.method == null) {
			return null;
		}
		return switch (this.method) {
			case DISTANCE -> new DistanceFare(orZero(this.baseMetres), orZero(this.baseFare),
					orZero(this.incrementMetres), orZero(this.incrementFare));
			case TIME -> new TimeFare(orZero(this.baseMinutes), orZero(this.baseFare), orZero(this.incrementMinutes),
					orZero(this.incrementFare));
			case FLAT -> new FlatFare(orZero(this.flatAmount));
		};
	}

	/**
	 * Everything wrong with the input, as the rule names the fields: the figures the
	 * chosen method needs and left empty ({@code NotNull}), an other charge without its
	 * amount, then the rule's own violations. Rows are numbered as the form shows them.
	 * @return the violations, empty when {@link #toSchedule()} can be used
	 */
	public List<ApplicationViolation> violations() {
		List<ApplicationViolation> violations = new ArrayList<>();
		if (this.method == FareMethod.DISTANCE) {
			required(violations, "fare.baseMetres", this.baseMetres);
			required(violations, "fare.baseFare", this.baseFare);
			required(violations, "fare.incrementMetres", this.incrementMetres);
			required(violations, "fare.incrementFare", this.incrementFare);
		}
		else if (this.method == FareMethod.TIME) {
			required(violations, "fare.baseMinutes", this.baseMinutes);
			required(violations, "fare.baseFare", this.baseFare);
			required(violations, "fare.incrementMinutes", this.incrementMinutes);
			required(violations, "fare.incrementFare", this.incrementFare);
		}
		else if (this.method == FareMethod.FLAT) {
			required(violations, "fare.amount", this.flatAmount);
		}
		List<Integer> rows = filledRows();
		for (int i = 0; i < rows.size(); i++) {
			if (this.otherCharges.get(rows.get(i)).getAmount() == null) {
				violations.add(new ApplicationViolation("otherCharges[" + i + "].amount",
						"fare.otherCharge.amount.range", i + 1, FareLimits.MAX_AMOUNT));
			}
		}
		for (ApplicationViolation violation : toSchedule().violations()) {
			if (violations.stream().noneMatch((v) -> v.field().equals(violation.field()))) {
				violations.add(violation);
			}
		}
		return violations.stream().map((violation) -> onForm(violation, rows)).toList();
	}

	/**
	 * Puts {@link #violations()} on the page's errors, each on its field of the form,
	 * except on fields that already have an error (an input that was not a number).
	 * @param errors the binding result of the page's form
	 * @param prefix the property path of this form in the page's form ({@code ""} when
	 * this form is the page's form)
	 * @return whether there were violations
	 */
	public boolean check(Errors errors, String prefix) {
		List<ApplicationViolation> violations = violations();
		for (ApplicationViolation violation : violations) {
			String path = prefix.isEmpty() ? formField(violation.field()) : prefix + "." + formField(violation.field());
			if (errors.hasFieldErrors(path)) {
				continue;
			}
			List<Object> arguments = new ArrayList<>();
			String label = ruleField(violation.field());
			arguments.add(new DefaultMessageSourceResolvable(new String[] { label }, label));
			violation.arguments().stream().map(FormErrors::readable).forEach(arguments::add);
			errors.rejectValue(path, violation.code(), arguments.toArray(), violation.code());
		}
		return !violations.isEmpty();
	}

	/**
	 * The violation with the rule's row index turned into the form's and the row number
	 * quoted (the first argument of a row's message) as the form shows it.
	 */
	private static ApplicationViolation onForm(ApplicationViolation violation, List<Integer> rows) {
		Matcher matcher = ROW.matcher(violation.field());
		if (!matcher.matches()) {
			return violation;
		}
		int index = Integer.parseInt(matcher.group(1));
		int row = (index < rows.size()) ? rows.get(index) : index;
		List<Object> arguments = new ArrayList<>(violation.arguments());
		if (!arguments.isEmpty()) {
			arguments.set(0, row + 1);
		}
		return new ApplicationViolation("otherCharges[" + row + "]." + matcher.group(2), violation.code(), arguments);
	}

	/**
	 * The form's property for a field the rule names (rows already on the form's index).
	 */
	private static String formField(String ruleField) {
		return FIELDS.getOrDefault(ruleField, ruleField);
	}

	/** The label's message key: the rule's field without the row index. */
	private static String ruleField(String field) {
		return field.replaceAll("\\[\\d+]", "");
	}

	private static void required(List<ApplicationViolation> violations, String field, Object value) {
		if (value == null) {
			violations.add(new ApplicationViolation(field, "NotNull"));
		}
	}

	private List<Integer> filledRows() {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < this.otherCharges.size(); i++) {
			OtherChargeForm row = this.otherCharges.get(i);
			if (row != null && !row.isBlank()) {
				rows.add(i);
			}
		}
		return rows;
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	private static long orZero(Long value) {
		return (value != null) ? value : 0L;
	}

	public FareMethod getMethod() {
		return this.method;
	}

	public void setMethod(FareMethod method) {
		this.method = method;
	}

	public Integer getBaseMetres() {
		return this.baseMetres;
	}

	public void setBaseMetres(Integer baseMetres) {
		this.baseMetres = baseMetres;
	}

	public Integer getBaseMinutes() {
		return this.baseMinutes;
	}

	public void setBaseMinutes(Integer baseMinutes) {
		this.baseMinutes = baseMinutes;
	}

	public Long getBaseFare() {
		return this.baseFare;
	}

	public void setBaseFare(Long baseFare) {
		this.baseFare = baseFare;
	}

	public Integer getIncrementMetres() {
		return this.incrementMetres;
	}

	public void setIncrementMetres(Integer incrementMetres) {
		this.incrementMetres = incrementMetres;
	}

	public Integer getIncrementMinutes() {
		return this.incrementMinutes;
	}

	public void setIncrementMinutes(Integer incrementMinutes) {
		this.incrementMinutes = incrementMinutes;
	}

	public Long getIncrementFare() {
		return this.incrementFare;
	}

	public void setIncrementFare(Long incrementFare) {
		this.incrementFare = incrementFare;
	}

	public Long getFlatAmount() {
		return this.flatAmount;
	}

	public void setFlatAmount(Long flatAmount) {
		this.flatAmount = flatAmount;
	}

	public List<OtherChargeForm> getOtherCharges() {
		return this.otherCharges;
	}

	public void setOtherCharges(List<OtherChargeForm> otherCharges) {
		this.otherCharges = (otherCharges != null) ? otherCharges : new ArrayList<>();
	}

	public Integer getDynamicBandUpperPercent() {
		return this.dynamicBandUpperPercent;
	}

	public void setDynamicBandUpperPercent(Integer dynamicBandUpperPercent) {
		this.dynamicBandUpperPercent = dynamicBandUpperPercent;
	}

	public Integer getDynamicBandLowerPercent() {
		return this.dynamicBandLowerPercent;
	}

	public void setDynamicBandLowerPercent(Integer dynamicBandLowerPercent) {
		this.dynamicBandLowerPercent = dynamicBandLowerPercent;
	}

}
