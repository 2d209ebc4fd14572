package jp.kyogikai.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jp.kyogikai.application.rule.ChangeItem;

/**
 * Stores the items of a 変更登録 as {@code AREA_ENLARGED,NAME} in one column (empty for
 * none).
 */
@Converter
class ChangeItemsConverter implements AttributeConverter<Set<ChangeItem>, String> {

	@Override
	public String convertToDatabaseColumn(Set<ChangeItem> items) {
		if (items == null) {
			return "";
		}
		return items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<ChangeItem> convertToEntityAttribute(String column) {
		EnumSet<ChangeItem> items = EnumSet.noneOf(ChangeItem.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::trim).map(ChangeItem::valueOf).forEach(items::add);
		}
		return items;
	}

}
