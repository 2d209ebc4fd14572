package jp.kyogikai.fare;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.application.rule.TaxiFare;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A municipality's taxi fare as staff enter it: 初乗り and 加算 are required, the 時間制運賃 is
 * optional (both empty: none).
 */
public class TaxiFareForm {

	@NotNull
	private Integer initialMetres;

	@NotNull
	private Long initialFare;

	@NotNull
	private Integer incrementMetres;

	@NotNull
	private Long incrementFare;

	private Integer timeMinutes;

	private Long timeFare;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@Size(max = 200)
	private String note;

	private long version;

	static TaxiFareForm of(TaxiFareEntry entry) {
		TaxiFareForm form = new TaxiFareForm();
		TaxiFare fare = entry.fare();
		form.initialMetres = fare.initialMetres();
		form.initialFare = fare.initialFare();
		form.incrementMetres = fare.incrementMetres();
		form.incrementFare = fare.incrementFare();
		form.timeMinutes = fare.hasTimeFare() ? fare.timeMinutes() : null;
		form.timeFare = fare.hasTimeFare() ? fare.timeFare() : null;
		form.effectiveFrom = entry.effectiveFrom();
		form.note = entry.note();
		form.version = entry.version();
		return form;
	}

	/**
	 * The fare as typed, an empty 時間制運賃 as none.
	 * @return the fare, for the rule to check
	 */
	TaxiFare toFare() {
		return new TaxiFare(orZero(this.initialMetres), orZero(this.initialFare), orZero(this.incrementMetres),
				orZero(this.incrementFare), orZero(this.timeMinutes), orZero(this.timeFare));
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	private static long orZero(Long value) {
		return (value != null) ? value : 0L;
	}

	public Integer getInitialMetres() {
		return this.initialMetres;
	}

	public void setInitialMetres(Integer initialMetres) {
		this.initialMetres = initialMetres;
	}

	public Long getInitialFare() {
		return this.initialFare;
	}

	public void setInitialFare(Long initialFare) {
		this.initialFare = initialFare;
	}

	public Integer getIncrementMetres() {
		return this.incrementMetres;
	}

	public void setIncrementMetres(Integer incrementMetres) {
		this.incrementMetres = incrementMetres;
	}

	public Long getIncrementFare() {
		return this.incrementFare;
	}

	public void setIncrementFare(Long incrementFare) {
		this.incrementFare = incrementFare;
	}

	public Integer getTimeMinutes() {
		return this.timeMinutes;
	}

	public void setTimeMinutes(Integer timeMinutes) {
		this.timeMinutes = timeMinutes;
	}

	public Long getTimeFare() {
		return this.timeFare;
	}

	public void setTimeFare(Long timeFare) {
		this.timeFare = timeFare;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
