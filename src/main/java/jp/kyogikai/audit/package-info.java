/**
 * Who changed an official record, when, and what: every audited entity's insert, update
 * and delete is kept by Hibernate Envers in a revision that names the signed-in user, and
 * staff read a record's history through {@link jp.kyogikai.audit.AuditHistory}.
 */
package jp.kyogikai.audit;
