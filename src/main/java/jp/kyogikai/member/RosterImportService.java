package jp.kyogikai.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.member.ImportResult.LineError;
import jp.kyogikai.member.rule.RosterLimits;
import jp.kyogikai.member.rule.RosterViolation;
import jp.kyogikai.member.rule.Seat;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports members and appointments from CSV, all or nothing: every row is checked
 * (fields, category, dates, the charter's limits counting the rows before it) before
 * anything is saved.
 */
@Service
public class RosterImportService {

	/** Larger files are refused before they are read. */
	static final int MAX_BYTES = 1024 * 1024;

	private static final Pattern FURIGANA = Pattern.compile(PersonDetails.FURIGANA);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final CouncilService councils;

	private final MemberRepository members;

	private final AppointmentRepository appointments;

	private final MessageSource messages;

	RosterImportService(CouncilService councils, MemberRepository members, AppointmentRepository appointments,
			MessageSource messages) {
		this.councils = councils;
		this.members = members;
		this.appointments = appointments;
		this.messages = messages;
	}

	@Transactional
	public ImportResult importCsv(long councilId, AccountPrincipal user, byte[] file) {
		CouncilRules rules = this.councils.rulesOf(councilId, user);
		if (file.length == 0) {
			return failed(0, "import.empty");
		}
		if (file.length > MAX_BYTES) {
			return failed(0, "import.tooLarge", MAX_BYTES / 1024);
		}
		List<RosterCsv.Row> rows;
		try {
			rows = RosterCsv.read(RosterCsv.decode(file));
		}
		catch (IllegalArgumentException ex) {
			return failed(1, "import.header.missing", ex.getMessage());
		}
		if (rows.isEmpty()) {
			return failed(0, "import.noRows");
		}
		List<Appointment> existing = this.appointments.findByCouncil(councilId);
		Map<String, Member> known = new HashMap<>();
		existing.forEach((a) -> known.put(key(a.getMember().getName(), a.getMember().getFurigana()), a.getMember()));
		Map<String, Long> seatIds = new HashMap<>();
		known.forEach((k, m) -> seatIds.put(k, m.getId()));
		List<Seat> seats = new ArrayList<>(existing.stream().map(Appointment::seat).toList());
		RosterLimits limits = new RosterLimits(rules.settings().maxMembers(), rules.categoryCaps());
		Map<String, Long> categories = new HashMap<>();
		rules.categories().forEach((c) -> categories.put(c.name(), c.id()));

		List<LineError> errors = new ArrayList<>();
		List<Pending> pending = new ArrayList<>();
		for (RosterCsv.Row row : rows) {
			List<String> problems = new ArrayList<>();
			if (row.name().isBlank()) {
				problems.add(text("import.name.blank"));
			}
			if (row.furigana().isBlank() || !FURIGANA.matcher(row.furigana()).matches()) {
				problems.add(text("import.furigana.invalid", row.furigana()));
			}
			if (!row.email().isBlank() && !EMAIL.matcher(row.email()).matches()) {
				problems.add(text("import.email.invalid", row.email()));
			}
			Long categoryId = categories.get(row.category());
			if (categoryId == null) {
				problems.add(text("import.category.unknown", row.category()));
			}
			LocalDate start = date(row.start(), RosterCsv.START, problems);
			LocalDate end = row.end().isBlank() ? null : date(row.end(), RosterCsv.END, problems);
			if (start != null && end != null && end.isBefore(start)) {
				problems.add(text("appointment.endBeforeStart"));
				end = null;
				start = null;
			}
			if (problems.isEmpty() && start != null) {
				Term term = (end != null) ? new Term(start, end) : Term.standard(start, rules.settings().termMonths());
				String key = key(row.name().strip(), row.furigana().strip());
				long seatId = seatIds.computeIfAbsent(key, (k) -> -(seatIds.size() + 1L));
				Seat seat = new Seat(seatId, categoryId, term);
				List<RosterViolation> violations = limits.check(seats, seat);
				violations.forEach((v) -> problems.add(text(v.code(), v.arguments().toArray())));
				if (violations.isEmpty()) {
					seats.add(seat);
					pending.add(new Pending(key,
							new PersonDetails(row.name(), row.furigana(), row.email(), row.affiliation(), null),
							categoryId, term));
				}
			}
			if (!problems.isEmpty()) {
				errors.add(new LineError(row.line(), String.join(" ", problems)));
			}
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		long municipalityId = this.councils.council(councilId, user).getSecretariatMunicipality().getId();
		for (Pending p : pending) {
			Member member = known.computeIfAbsent(p.key(),
					(k) -> this.members.save(p.person().toMember(municipalityId)));
			this.appointments.save(new Appointment(councilId, member, p.categoryId(), p.term(), null));
		}
		return new ImportResult(pending.size(), List.of());
	}

	private LocalDate date(String value, String column, List<String> problems) {
		if (value.isBlank()) {
			problems.add(text("import.date.missing", column));
			return null;
		}
		try {
			return RosterCsv.parseDate(value);
		}
		catch (DateTimeException ex) {
			problems.add(text("import.date.invalid", column, value));
			return null;
		}
	}

	private ImportResult failed(long line, String code, Object... arguments) {
		return new ImportResult(0, List.of(new LineError(line, text(code, arguments))));
	}

	private String text(String code, Object... arguments) {
		return FormErrors.text(this.messages, code, List.of(arguments));
	}

	private static String key(String name, String furigana) {
		return name.replaceAll("[\\s　]", "") + "|" + furigana.replaceAll("[\\s　]", "");
	}

	private record Pending(String key, PersonDetails person, long categoryId, Term term) {
	}

}
