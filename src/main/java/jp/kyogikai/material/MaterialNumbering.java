package jp.kyogikai.material;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.meeting.AgendaItem;

/**
 * 資料No.N, computed: general materials first, then each 次第 item's in the item's order,
 * within a group by position. A material continuing the one before it shares its number.
 * A material whose item is gone counts as general.
 */
final class MaterialNumbering {

	static final String PREFIX = "資料No.";

	private MaterialNumbering() {
	}

	/**
	 * @param agenda the 次第 in order
	 * @param materials the meeting's materials in any order
	 * @return the materials in order with their numbers
	 */
	static List<NumberedMaterial> number(List<AgendaItem> agenda, List<Material> materials) {
		Map<Long, Integer> order = new HashMap<>();
		Map<Long, String> titles = new HashMap<>();
		for (int i = 0; i < agenda.size(); i++) {
			order.put(agenda.get(i).getId(), i);
			titles.put(agenda.get(i).getId(), agenda.get(i).getTitle());
		}
		List<Material> sorted = materials.stream()
			.sorted(Comparator.comparingInt((Material m) -> group(order, m))
				.thenComparingInt(Material::getPosition)
				.thenComparing(Material::getId))
			.toList();
		List<NumberedMaterial> numbered = new java.util.ArrayList<>();
		int number = 0;
		for (Material material : sorted) {
			if (number == 0 || !material.isContinuesPrevious()) {
				number++;
			}
			numbered.add(new NumberedMaterial(material, number, PREFIX + number,
					(material.getAgendaItemId() != null) ? titles.get(material.getAgendaItemId()) : null));
		}
		return numbered;
	}

	/**
	 * The group a material sorts in: -1 for general, else its item's index.
	 */
	static int group(Map<Long, Integer> order, Material material) {
		return (material.getAgendaItemId() != null) ? order.getOrDefault(material.getAgendaItemId(), -1) : -1;
	}

	/**
	 * The numbers of an item's materials as the 次第 prints them: 資料No.3、4.
	 * @param numbered the numbered materials
	 * @param itemId the item
	 * @return the text, {@code null} when the item has none
	 */
	static String references(List<NumberedMaterial> numbered, long itemId) {
		List<Integer> numbers = numbered.stream()
			.filter((n) -> n.material().getAgendaItemId() != null && n.material().getAgendaItemId() == itemId)
			.map(NumberedMaterial::number)
			.distinct()
			.toList();
		if (numbers.isEmpty()) {
			return null;
		}
		return PREFIX + String.join("、", numbers.stream().map(String::valueOf).toList());
	}

}
