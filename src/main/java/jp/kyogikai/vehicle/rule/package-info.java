/**
 * The law's checks on a vehicle: the types each transport kind may use, fewer than 11
 * seats for 福祉有償運送, the 車検 expiry, the use agreement of a brought-in vehicle (持込み車両), and
 * the liability insurance (対人, 対物, 搭乗者傷害, policy period) against the council's minimums.
 * Pure Java: the vehicle's facts and the council's settings are handed in as plain
 * values, the date of the check is a parameter.
 */
@NamedInterface("rule")
package jp.kyogikai.vehicle.rule;

import org.springframework.modulith.NamedInterface;
