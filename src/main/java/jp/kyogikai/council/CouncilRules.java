package jp.kyogikai.council;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kyogikai.council.rule.CharterSettings;

/**
 * What other modules need of a council: its names, its charter's settings and its
 * categories in the charter's order.
 *
 * @param councilId the council
 * @param name its name
 * @param municipalityName the municipality running its secretariat
 * @param settings the charter's rules
 * @param categories the 選出区分, in order
 */
public record CouncilRules(long councilId, String name, String municipalityName, CharterSettings settings,
		List<Category> categories) {

	/**
	 * A 選出区分.
	 *
	 * @param id the category
	 * @param name its name
	 * @param cap its cap, {@code null} when none
	 * @param order its place in the charter, from 1
	 */
	public record Category(long id, String name, Integer cap, int order) {
	}

	public Map<Long, Category> categoriesById() {
		return this.categories.stream().collect(Collectors.toMap(Category::id, Function.identity()));
	}

	public Map<Long, Integer> categoryCaps() {
		return this.categories.stream()
			.filter((c) -> Objects.nonNull(c.cap()))
			.collect(Collectors.toMap(Category::id, Category::cap));
	}

}
