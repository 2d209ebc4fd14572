/**
 * The page each role lands on after signing in: the secretariat's councils and expiring
 * registrations, the administrator's overview, a member's councils, an operator's own
 * record.
 */
package jp.kyogikai.dashboard;
