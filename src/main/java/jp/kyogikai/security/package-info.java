/**
 * Who may do what: user accounts in the database with hashed passwords, the four roles,
 * form login with a lock after repeated failures, and the URL rules. The signed-in user
 * ({@link jp.kyogikai.security.AccountPrincipal}) carries the municipality or operator
 * that scopes what it may see; services check objects against it.
 */
package jp.kyogikai.security;
