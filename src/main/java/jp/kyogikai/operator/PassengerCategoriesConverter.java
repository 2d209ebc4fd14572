package jp.kyogikai.operator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the 旅客の範囲 as its letters, {@code イ,ニ,ホ}, in one column; none as {@code null}.
 */
@Converter
class PassengerCategoriesConverter implements AttributeConverter<Set<PassengerCategory>, String> {

	@Override
	public String convertToDatabaseColumn(Set<PassengerCategory> categories) {
		if (categories == null || categories.isEmpty()) {
			return null;
		}
		return categories.stream().sorted().map(PassengerCategory::letter).collect(Collectors.joining(","));
	}

	@Override
	public Set<PassengerCategory> convertToEntityAttribute(String column) {
		EnumSet<PassengerCategory> categories = EnumSet.noneOf(PassengerCategory.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(","))
				.map(String::trim)
				.map(PassengerCategory::ofLetter)
				.forEach(categories::add);
		}
		return categories;
	}

}
