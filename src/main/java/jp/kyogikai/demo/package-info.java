/**
 * Demo data for the {@code local} profile (and the tests): a council modelled on the seed
 * meeting of 佐久市, a second municipality to show isolation, and one account per role.
 * Never loaded in {@code prod}.
 */
package jp.kyogikai.demo;
