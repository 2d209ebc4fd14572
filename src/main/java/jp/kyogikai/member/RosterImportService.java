package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.csv.CsvFileException;
import jp.kyogikai.csv.CsvRow;
import jp.kyogikai.csv.CsvSheet;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.csv.ImportErrors;
import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.member.rule.RosterLimits;
import jp.kyogikai.member.rule.RosterViolation;
import jp.kyogikai.member.rule.Seat;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports members and appointments from CSV, all or nothing: every row is checked
 * (fields, category, dates, the charter's limits counting the rows before it) before
 * anything is saved. The file is read by {@link ExcelCsv}.
 */
@Service
public class RosterImportService {

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

	/**
	 * Imports a file.
	 * @param councilId the council
	 * @param user staff of its secretariat
	 * @param filename the name the browser sent
	 * @param file the content
	 * @return the appointments made, or nothing and every problem
	 */
	@Transactional
	public ImportResult importCsv(long councilId, AccountPrincipal user, String filename, byte[] file) {
		CouncilRules rules = this.councils.rulesOf(councilId, user);
		ImportErrors errors = new ImportErrors(this.messages);
		CsvSheet sheet;
		try {
			sheet = ExcelCsv.read(filename, file, RosterCsv.IMPORT_COLUMNS, false);
		}
		catch (CsvFileException ex) {
			errors.reject(ex);
			return errors.result();
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

		List<Pending> pending = new ArrayList<>();
		for (CsvRow row : sheet.rows()) {
			long line = row.line();
			String name = row.text(RosterCsv.NAME);
			String furigana = row.text(RosterCsv.FURIGANA);
			String email = row.text(RosterCsv.EMAIL);
			String category = row.text(RosterCsv.CATEGORY);
			if (name.isBlank()) {
				errors.reject(line, RosterCsv.NAME, "import.name.blank");
			}
			if (furigana.isBlank() || !FURIGANA.matcher(furigana).matches()) {
				errors.reject(line, RosterCsv.FURIGANA, "import.furigana.invalid", furigana);
			}
			if (!email.isBlank() && !EMAIL.matcher(email).matches()) {
				errors.reject(line, RosterCsv.EMAIL, "import.email.invalid", email);
			}
			Long categoryId = categories.get(category);
			if (categoryId == null) {
				errors.reject(line, RosterCsv.CATEGORY, "import.category.unknown", category);
			}
			LocalDate start = row.date(RosterCsv.START, errors);
			if (row.text(RosterCsv.START).isEmpty()) {
				errors.reject(line, RosterCsv.START, "import.date.missing", RosterCsv.START);
			}
			LocalDate end = row.date(RosterCsv.END, errors);
			if (start != null && end != null && end.isBefore(start)) {
				errors.reject(line, RosterCsv.END, "appointment.endBeforeStart");
			}
			if (!errors.hasProblems(line)) {
				Term term = (end != null) ? new Term(start, end) : Term.standard(start, rules.settings().termMonths());
				String key = key(name, furigana);
				long seatId = seatIds.computeIfAbsent(key, (k) -> -(seatIds.size() + 1L));
				Seat seat = new Seat(seatId, categoryId, term);
				List<RosterViolation> violations = limits.check(seats, seat);
				violations.forEach((v) -> errors.reject(line, null, v.code(), v.arguments().toArray()));
				if (violations.isEmpty()) {
					seats.add(seat);
					pending.add(new Pending(key,
							new PersonDetails(name, furigana, email, row.text(RosterCsv.AFFILIATION), null), categoryId,
							term));
				}
			}
		}
		if (!errors.isEmpty()) {
			return errors.result();
		}
		long municipalityId = this.councils.council(councilId, user).getSecretariatMunicipality().getId();
		for (Pending p : pending) {
			Member member = known.computeIfAbsent(p.key(),
					(k) -> this.members.save(p.person().toMember(municipalityId)));
			this.appointments.save(new Appointment(councilId, member, p.categoryId(), p.term(), null));
		}
		return ImportResult.done(pending.size(), 0, 0);
	}

	private static String key(String name, String furigana) {
		return name.replaceAll("[\\s　]", "") + "|" + furigana.replaceAll("[\\s　]", "");
	}

	private record Pending(String key, PersonDetails person, long categoryId, Term term) {
	}

}
