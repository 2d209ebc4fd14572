/**
 * Fares (対価) as persistent data: the fare schedules the council agreed for each operator
 * (現在の対価 and their history: a new agreement applies from its effective date and the old
 * one stays), and the local taxi fare each municipality's staff keep for comparison. The
 * schedules are the pure records of {@code application.rule}, stored whole as
 * {@code jsonb} through an explicit mapping. {@link jp.kyogikai.fare.FareService} is the
 * API of other modules (the fares in force, the comparison with the taxi fare, recording
 * an agreement when an application is decided, what the municipality publishes);
 * {@link jp.kyogikai.fare.FareScheduleForm} with the fragments
 * {@code fares/_schedule-form}, {@code fares/_schedule} and {@code fares/_comparison} is
 * the form and the display any page with fares reuses. Pages: staff's
 * {@code /operators/{id}/fares} and {@code /fares/taxi}, the operator's
 * {@code /operator-portal/fares}, and the public
 * {@code /public/municipalities/{code}/fares} (no login: the agreed fares of registered
 * operators, since 2024 to be published on a website).
 */
package jp.kyogikai.fare;
