/**
 * Where the database comes from: the persistent embedded PostgreSQL of the {@code local}
 * profile, the guard that makes {@code prod} demand an external one, and the start-up log
 * of the server's version.
 */
package jp.kyogikai.database;
