package jp.kyogikai.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Breaks text into lines that fit a width, the Japanese way: between any two characters,
 * except inside a run of Latin letters and digits (a word, a number, a date such as
 * R6.8.10), and with the basic 禁則 (kinsoku) rules: no line starts with closing brackets,
 * 、。, small kana, ー or similar, and none ends with an opening bracket. A break that would
 * break these rules moves up to three characters to the next line (追い出し); nothing hangs
 * into the margin, so text stays inside table rules.
 */
final class LineBreaker {

	/**
	 * Characters that must not start a line (行頭禁則).
	 */
	static final String NO_START = "、。，．,.）)］]｝}〕〉》」』】〙〗〟’”｠»" + "ゝゞヽヾ々〻ー‐゠–〜～…‥・：；:;？！?!‼⁇⁈⁉"
			+ "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";

	/**
	 * Characters that must not end a line (行末禁則).
	 */
	static final String NO_END = "（(［[｛{〔〈《「『【〘〖〝‘“｟«";

	private static final int MAX_PUSH_BACK = 3;

	private static final float EPSILON = 0.001f;

	private LineBreaker() {
	}

	/**
	 * The width of a character in the unit of the maximum width.
	 */
	@FunctionalInterface
	interface Advance {

		float width(int codePoint);

	}

	/**
	 * One line.
	 *
	 * @param text the line's text, without trailing spaces
	 * @param width its width
	 * @param wrapped whether the line was broken because it was full (and may be
	 * justified), rather than ending at a line break or the end of the text
	 */
	record Line(String text, float width, boolean wrapped) {

	}

	/**
	 * Breaks the text into lines no wider than {@code maxWidth}, except where a single
	 * character is wider than that. Each {@code \n} starts a new line; an empty text
	 * gives one empty line.
	 * @param text the text, without control characters other than {@code \n}
	 * @param maxWidth the width available
	 * @param advance the width of each character
	 * @return the lines, at least one
	 */
	static List<Line> wrap(String text, float maxWidth, Advance advance) {
		List<Line> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			wrapParagraph(paragraph, maxWidth, advance, lines);
		}
		return lines;
	}

	private static void wrapParagraph(String text, float maxWidth, Advance advance, List<Line> lines) {
		Deque<Unit> queue = new ArrayDeque<>(units(text, advance));
		List<Unit> line = new ArrayList<>();
		float width = 0;
		boolean continuation = false;
		while (!queue.isEmpty()) {
			Unit unit = queue.pollFirst();
			if (line.isEmpty() && continuation && unit.space()) {
				continue;
			}
			if (width + unit.width() <= maxWidth + EPSILON) {
				line.add(unit);
				width += unit.width();
				continue;
			}
			if (unit.space()) {
				lines.add(line(line, true));
				line = new ArrayList<>();
				width = 0;
				continuation = true;
				continue;
			}
			if (line.isEmpty()) {
				List<Unit> characters = unit.characters(advance);
				if (characters.size() > 1) {
					for (int i = characters.size() - 1; i >= 0; i--) {
						queue.addFirst(characters.get(i));
					}
				}
				else {
					line.add(unit);
					width += unit.width();
				}
				continue;
			}
			queue.addFirst(unit);
			int keep = breakPoint(line, unit);
			for (int i = line.size() - 1; i >= keep; i--) {
				queue.addFirst(line.remove(i));
			}
			lines.add(line(line, true));
			line = new ArrayList<>();
			width = 0;
			continuation = true;
		}
		lines.add(line(line, false));
	}

	/**
	 * How many units of a full line to keep so that the break obeys the kinsoku rules.
	 */
	private static int breakPoint(List<Unit> line, Unit next) {
		Unit first = next;
		for (int keep = line.size(); keep >= 1 && line.size() - keep <= MAX_PUSH_BACK; keep--) {
			if (keep < line.size()) {
				first = line.get(keep);
			}
			if (!first.noStart() && !line.get(keep - 1).noEnd()) {
				return keep;
			}
		}
		return line.size();
	}

	private static Line line(List<Unit> units, boolean wrapped) {
		int end = units.size();
		while (end > 0 && units.get(end - 1).space()) {
			end--;
		}
		StringBuilder text = new StringBuilder();
		float width = 0;
		for (Unit unit : units.subList(0, end)) {
			text.append(unit.text());
			width += unit.width();
		}
		return new Line(text.toString(), width, wrapped);
	}

	private static List<Unit> units(String text, Advance advance) {
		List<Unit> units = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		float wordWidth = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (isWordCharacter(codePoint)) {
				word.appendCodePoint(codePoint);
				wordWidth += advance.width(codePoint);
				continue;
			}
			if (!word.isEmpty()) {
				units.add(new Unit(word.toString(), wordWidth));
				word.setLength(0);
				wordWidth = 0;
			}
			units.add(new Unit(Character.toString(codePoint), advance.width(codePoint)));
		}
		if (!word.isEmpty()) {
			units.add(new Unit(word.toString(), wordWidth));
		}
		return units;
	}

	private static boolean isWordCharacter(int codePoint) {
		return (codePoint > 0x20 && codePoint < 0x7f)
				|| (codePoint >= 0xc0 && codePoint <= 0x24f && Character.isLetter(codePoint));
	}

	/**
	 * What a line is never broken inside: one character, or a Latin word or number.
	 */
	private record Unit(String text, float width) {

		boolean space() {
			return " ".equals(this.text);
		}

		boolean noStart() {
			return NO_START.indexOf(this.text.codePointAt(0)) >= 0;
		}

		boolean noEnd() {
			return NO_END.indexOf(this.text.codePointBefore(this.text.length())) >= 0;
		}

		List<Unit> characters(Advance advance) {
			return this.text.codePoints().mapToObj((c) -> new Unit(Character.toString(c), advance.width(c))).toList();
		}

	}

}
