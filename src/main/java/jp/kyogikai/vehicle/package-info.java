/**
 * The vehicles an operator uses (自動車): plate number, type (寝台車, 車いす車, 兼用車, 回転シート車, セダン等
 * for 福祉有償運送; バス, 普通自動車 for 交通空白地有償運送), seats, office, ownership or the use agreement of
 * a brought-in vehicle (持込み車両), 車検 expiry and the liability insurance (損害賠償措置) checked
 * against the council's minimums. Vehicles belong to an operator and are referred to by
 * the operator's id.
 */
package jp.kyogikai.vehicle;
