/**
 * Demo data for the {@code local} profile (and the tests): a council modelled on the seed
 * meeting of 佐久市, a second municipality to show isolation, one account per role, and two
 * brought-in vehicles of たんと, one with its use agreement and one without. Never loaded in
 * {@code prod}.
 */
package jp.kyogikai.demo;
