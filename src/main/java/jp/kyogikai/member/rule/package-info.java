/**
 * Term arithmetic and roster limits of a 設置要綱: the default term, a substitute (補欠) ending
 * with the predecessor, early ends, overlapping appointments, the number of members in
 * office at a date against the maximum and the category caps. Pure Java.
 */
@NamedInterface("rule")
package jp.kyogikai.member.rule;

import org.springframework.modulith.NamedInterface;
