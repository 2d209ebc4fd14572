package jp.kyogikai.fare;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyogikai.application.rule.TaxiFare;
import org.hibernate.envers.Audited;

/**
 * The local taxi fare (タクシー運賃) a municipality's staff keep for comparing fares with it:
 * 初乗り and 加算 by distance and the optional 時間制運賃, from an effective date. The one in force
 * is the latest whose date has come; staff correct a mistyped one in place (audited).
 */
@Entity
@Audited
@Table(name = "taxi_fare")
class LocalTaxiFare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long municipalityId;

	private int initialMetres;

	private long initialFare;

	private int incrementMetres;

	private long incrementFare;

	/** The unit of the 時間制運賃 in minutes; 0 when none is kept. */
	private int timeMinutes;

	private long timeFare;

	private LocalDate effectiveFrom;

	/** Which fare it is, e.g. 中型車（東信交通圏）. */
	private String note;

	protected LocalTaxiFare() {
	}

	LocalTaxiFare(long municipalityId) {
		this.municipalityId = municipalityId;
	}

	void update(TaxiFare fare, LocalDate effectiveFrom, String note) {
		this.initialMetres = fare.initialMetres();
		this.initialFare = fare.initialFare();
		this.incrementMetres = fare.incrementMetres();
		this.incrementFare = fare.incrementFare();
		this.timeMinutes = fare.timeMinutes();
		this.timeFare = fare.timeFare();
		this.effectiveFrom = effectiveFrom;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
	}

	TaxiFare fare() {
		return new TaxiFare(this.initialMetres, this.initialFare, this.incrementMetres, this.incrementFare,
				this.timeMinutes, this.timeFare);
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	long getMunicipalityId() {
		return this.municipalityId;
	}

	LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	String getNote() {
		return this.note;
	}

	TaxiFareEntry toEntry() {
		return new TaxiFareEntry(this.id, this.version, this.municipalityId, fare(), this.effectiveFrom, this.note);
	}

}
