package jp.kyogikai.council;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a set of transport kinds as {@code WELFARE,TRANSPORT_GAP} in one column.
 */
@Converter
public class TransportKindsConverter implements AttributeConverter<Set<TransportKind>, String> {

	@Override
	public String convertToDatabaseColumn(Set<TransportKind> kinds) {
		if (kinds == null) {
			return "";
		}
		return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<TransportKind> convertToEntityAttribute(String column) {
		EnumSet<TransportKind> kinds = EnumSet.noneOf(TransportKind.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::trim).map(TransportKind::valueOf).forEach(kinds::add);
		}
		return kinds;
	}

}
