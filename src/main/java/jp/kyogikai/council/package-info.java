/**
 * Municipalities (the tenants), their councils (運営協議会 / 地域公共交通会議), each council's charter
 * (設置要綱) with every rule as data, and its member categories (選出区分). Staff of a
 * municipality reach only the councils whose secretariat their municipality runs.
 */
package jp.kyogikai.council;
