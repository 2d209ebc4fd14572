/**
 * The drivers an operator appoints (運転者): name, furigana, birth date and address, the
 * licence (number, 二種 or 一種, expiry, suspensions), the ministry-approved courses (大臣認定講習)
 * and 介護福祉士, aptitude checks, accidents and violations, and the dates of appointment and
 * leaving. This is the 運転者等台帳, kept 2 years after a driver leaves. Drivers belong to an
 * operator and are referred to by the operator's id; their personal data is shown only to
 * staff and the owning operator.
 */
package jp.kyogikai.driver;
