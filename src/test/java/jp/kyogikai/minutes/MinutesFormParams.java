package jp.kyogikai.minutes;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The minutes' edit form as the page sends it back unchanged: the title, every section
 * with its statements, and the masked names, as stored; {@code overrides} replace or add
 * fields.
 */
final class MinutesFormParams {

	private MinutesFormParams() {
	}

	static MultiValueMap<String, String> of(JdbcClient jdbc, long meeting, Map<String, String> overrides) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("title",
				jdbc.sql("select title from minutes where meeting_id = :m")
					.param("m", meeting)
					.query(String.class)
					.single());
		int i = 0;
		for (var row : jdbc.sql("""
				select s.id, s.heading, s.body from minutes_section s join minutes m on m.id = s.minutes_id
				where m.meeting_id = :m order by s.position""").param("m", meeting).query().listOfRows()) {
			params.add("sections[" + i + "].id", row.get("id").toString());
			params.add("sections[" + i + "].heading", row.get("heading").toString());
			params.add("sections[" + i + "].body", row.get("body").toString());
			int j = 0;
			for (var statement : jdbc
				.sql("select speaker, summary from minutes_statement where section_id = :s order by position")
				.param("s", row.get("id"))
				.query()
				.listOfRows()) {
				params.add("sections[" + i + "].statements[" + j + "].speaker", statement.get("speaker").toString());
				params.add("sections[" + i + "].statements[" + j + "].summary", statement.get("summary").toString());
				j++;
			}
			i++;
		}
		int k = 0;
		for (var mask : jdbc.sql("""
				select n.name, n.alias from minutes_masked_name n join minutes m on m.id = n.minutes_id
				where m.meeting_id = :m order by n.position""").param("m", meeting).query().listOfRows()) {
			params.add("masks[" + k + "].name", mask.get("name").toString());
			params.add("masks[" + k + "].alias", mask.get("alias").toString());
			k++;
		}
		overrides.forEach(params::set);
		return params;
	}

}
