/**
 * Transport operators (運送主体): NPO法人, 社会福祉法人 and the others the law admits, with their
 * registration. Each belongs to a municipality; staff see their municipality's operators
 * and an operator's users only their own.
 */
package jp.kyogikai.operator;
