/**
 * The arithmetic of a 設置要綱: quorum, decision thresholds and their base, tie-break, proxy
 * policy, and the limits every charter's settings must respect. Pure Java: the council's
 * settings are handed in as plain values.
 */
@NamedInterface("rule")
package jp.kyogikai.council.rule;

import org.springframework.modulith.NamedInterface;
