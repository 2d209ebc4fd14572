/**
 * The law's requirements for a driver (施行規則51条の16): an unsuspended 二種 licence, or a 一種
 * licence not suspended in the 2 years before appointment plus the ministry-approved
 * course for the transport kind; with セダン等 in 福祉有償運送, the セダン等運転者講習 or a 介護福祉士 on board;
 * and how long the driver's records are kept. Pure Java: the driver's facts are handed in
 * as plain values, the date of the check is a parameter.
 */
@NamedInterface("rule")
package jp.kyogikai.driver.rule;

import org.springframework.modulith.NamedInterface;
