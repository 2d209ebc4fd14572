/**
 * Transport operators (運送主体): NPO法人, 社会福祉法人 and the others the law admits, with their
 * registration. Each belongs to a municipality; staff see their municipality's operators
 * and an operator's users only their own. Staff read the history of the record, its
 * offices and managers, and everything changed in the operator's registries since the
 * council last deliberated it (vehicles and drivers through
 * {@link jp.kyogikai.operator.RegistryHistory}, which those modules implement); operators
 * keep their own offices in the portal. The pages of every registry of an operator, for
 * staff and in the portal, share {@link jp.kyogikai.operator.OperatorRecordPages}.
 */
package jp.kyogikai.operator;
