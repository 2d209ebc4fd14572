/**
 * Demo data for the {@code local} profile (and the tests): a council modelled on the seed
 * meeting of 佐久市, a second municipality to show isolation, one account per role, two
 * brought-in vehicles of たんと, one with its use agreement and one without, 佐久市's taxi fare
 * and the agreed fares of its five operators. Never loaded in {@code prod}.
 */
package jp.kyogikai.demo;
