package jp.kyogikai.council;

import jp.kyogikai.council.rule.CharterSettings;

/**
 * A council with its charter's settings, for modules that apply the charter's rules to
 * someone the council deliberates (an operator's vehicles against its insurance
 * minimums).
 *
 * @param councilId the council
 * @param name its name
 * @param settings its charter's settings
 */
public record CouncilCharter(long councilId, String name, CharterSettings settings) {

}
