package jp.kyogikai.fare;

import java.time.LocalDate;

import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.TaxiFare;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records fares without a signed-in user (installation and demo data). The caller vouches
 * for the operator and the municipality; the figures are still checked.
 */
@Service
@Transactional
public class FareSetupService {

	private final AgreedFareRepository agreed;

	private final LocalTaxiFareRepository taxiFares;

	FareSetupService(AgreedFareRepository agreed, LocalTaxiFareRepository taxiFares) {
		this.agreed = agreed;
		this.taxiFares = taxiFares;
	}

	/**
	 * Records fares the council agreed before the system was used.
	 * @param operatorId the operator
	 * @param schedule the fares, without violations
	 * @param effectiveFrom the first day they apply
	 * @param agreedOn the day the council agreed them
	 * @return the new record's id
	 * @throws IllegalArgumentException when the schedule has violations or the dates are
	 * out of order
	 */
	public long agree(long operatorId, FareSchedule schedule, LocalDate effectiveFrom, LocalDate agreedOn) {
		if (effectiveFrom.isBefore(agreedOn)) {
			throw new IllegalArgumentException("適用開始日が協議の日より前です: " + effectiveFrom);
		}
		return this.agreed.saveAndFlush(new AgreedFare(operatorId, schedule, effectiveFrom, agreedOn, null)).getId();
	}

	/**
	 * Records a municipality's taxi fare.
	 * @param municipalityId the municipality
	 * @param fare the figures, without violations
	 * @param effectiveFrom the first day it applies
	 * @param note which fare it is, or {@code null}
	 * @return the new record's id
	 * @throws IllegalArgumentException when the fare has violations
	 */
	public long taxiFare(long municipalityId, TaxiFare fare, LocalDate effectiveFrom, String note) {
		if (!fare.violations().isEmpty()) {
			throw new IllegalArgumentException("タクシー運賃に誤りがあります: " + fare.violations());
		}
		LocalTaxiFare record = new LocalTaxiFare(municipalityId);
		record.update(fare, effectiveFrom, note);
		return this.taxiFares.saveAndFlush(record).getId();
	}

}
