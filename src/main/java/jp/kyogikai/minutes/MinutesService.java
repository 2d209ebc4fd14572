package jp.kyogikai.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.council.CouncilRules;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingDirectory;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.minutes.rule.NameMask;
import jp.kyogikai.minutes.rule.SpeakerLines;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.voting.AttendeeKind;
import jp.kyogikai.voting.ItemDecisionService;
import jp.kyogikai.voting.LiveMeetingService;
import jp.kyogikai.voting.MeetingAttendee;
import jp.kyogikai.voting.MeetingRecord;

import org.springframework.context.MessageSource;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting, for the staff of its council (another municipality's meeting
 * is a 404 through {@link MeetingService#meeting}): the draft from the record (開催済み →
 * 議事録案, once 閉会 is recorded), editing while a draft, finalising (議事録確定: the PDF is stored
 * with its SHA-256, the content never changes again — the database refuses it) and
 * publishing (公開: the public PDF with the names of private persons masked when the
 * council's {@link MinutesPolicy} says so).
 */
@Service
@Transactional(readOnly = true)
public class MinutesService {

	static final int TITLE_MAX = 300;

	static final int NAME_MAX = 100;

	static final int HEADING_MAX = 600;

	static final int BODY_MAX = 20000;

	static final int SPEAKER_MAX = 200;

	static final int SUMMARY_MAX = 10000;

	static final int ALIAS_MAX = 50;

	private static final int BLANK_STATEMENTS = 2;

	private static final int BLANK_MASKS = 3;

	private final MeetingService meetings;

	private final MeetingDirectory directory;

	private final LiveMeetingService live;

	private final ItemDecisionService decisions;

	private final CouncilService councils;

	private final StoredFileService files;

	private final MinutesRepository minutes;

	private final MinutesSectionRepository sections;

	private final MinutesStatementRepository statements;

	private final MinutesSignerRepository signers;

	private final MinutesMaskedNameRepository masks;

	private final MinutesPolicyRepository policies;

	private final MinutesCorrectionRepository corrections;

	private final MinutesResults results;

	private final MessageSource messages;

	private final Clock clock;

	MinutesService(MeetingService meetings, MeetingDirectory directory, LiveMeetingService live,
			ItemDecisionService decisions, CouncilService councils, StoredFileService files, MinutesRepository minutes,
			MinutesSectionRepository sections, MinutesStatementRepository statements, MinutesSignerRepository signers,
			MinutesMaskedNameRepository masks, MinutesPolicyRepository policies,
			MinutesCorrectionRepository corrections, MinutesResults results, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.directory = directory;
		this.live = live;
		this.decisions = decisions;
		this.councils = councils;
		this.files = files;
		this.minutes = minutes;
		this.sections = sections;
		this.statements = statements;
		this.signers = signers;
		this.masks = masks;
		this.policies = policies;
		this.corrections = corrections;
		this.results = results;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The staff page.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the page
	 */
	public MinutesPage page(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		CouncilRules council = this.councils.rulesOf(meeting.getCouncilId());
		MinutesPolicy policy = policy(meeting.getCouncilId());
		Minutes found = this.minutes.findByMeetingId(meetingId).orElse(null);
		List<MinutesPage.Signer> present = List.of();
		String refusal = null;
		if (found == null) {
			refusal = draftRefusal(meeting, user);
		}
		else if (!found.isFinal()) {
			present = present(this.live.record(meetingId, user));
		}
		List<SectionKind> kinds = new ArrayList<>();
		MinutesForm form = (found != null) ? form(found, policy, kinds) : new MinutesForm();
		long municipalityId = this.councils.secretariatMunicipalityOf(meeting.getCouncilId());
		StoredFileInfo finalFile = (found != null && found.isFinal())
				? this.files.info(found.getFinalFileId(), municipalityId).orElse(null) : null;
		StoredFileInfo publicFile = (found != null && found.isPublished())
				? this.files.info(found.getPublicFileId(), municipalityId).orElse(null) : null;
		return new MinutesPage(meeting, council.name(), found, kinds, form, policy, present, refusal, finalFile,
				publicFile);
	}

	/**
	 * The minutes as they read, for staff: with every name, or as the public page will
	 * show them.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @param masked whether to mask names as the public version does
	 * @return the text
	 */
	public MinutesText text(long meetingId, AccountPrincipal user, boolean masked) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = existing(meetingId);
		MinutesText text = text(found, meeting);
		return masked ? text.masked(mask(found, policy(meeting.getCouncilId()))) : text;
	}

	/**
	 * The minutes' PDF for staff: the stored one once final (the latest, with the
	 * corrections, when corrected), else the draft rendered now, marked 「（案）」.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the file
	 */
	public MinutesFile pdf(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = existing(meetingId);
		if (found.isFinal()) {
			return stored(currentFinalFileId(found), meeting);
		}
		MinutesText text = text(found, meeting);
		return new MinutesFile(text.title() + "（案）.pdf", MinutesPdf.render(text, day(meeting), "（案）", false));
	}

	// ---------------------------------------------------------------- changes

	/**
	 * Drafts the minutes from the meeting's record: 開催済み → 議事録案.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @throws MinutesRefusedException when the meeting is not held and closed, or minutes
	 * exist
	 */
	@Transactional
	public void draft(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		String refusal = draftRefusal(meeting, user);
		if (refusal != null) {
			throw new MinutesRefusedException("minutes.refused.draft", refusal);
		}
		MeetingRecord record = this.live.record(meetingId, user);
		// the meeting's status first: a second draft started at the same moment waits for
		// this one and is then refused as stale
		this.meetings.changeStatus(meetingId, MeetingStatus.MINUTES_DRAFT, meeting.getVersion(), user);
		this.minutes.flush();
		Minutes created = this.minutes
			.save(new Minutes(meetingId, MinutesDraft.title(this.messages, meeting, record.councilName()),
					record.presidingName(), this.clock.instant(), user.getUsername()));
		write(created, record, user);
	}

	/**
	 * Drafts the minutes again from the record, replacing what staff wrote (a draft
	 * only).
	 * @param meetingId the meeting
	 * @param version the version the page showed
	 * @param user staff of the council
	 */
	@Transactional
	public void redraft(long meetingId, long version, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = draftOf(meetingId, version);
		MeetingRecord record = this.live.record(meetingId, user);
		List<MinutesSection> old = this.sections.findByMinutesIdOrderByPositionAsc(found.getId());
		// removed one by one, so that the audit records each deletion
		this.statements.deleteAll(this.statements
			.findBySectionIdInOrderBySectionIdAscPositionAsc(old.stream().map(MinutesSection::getId).toList()));
		this.statements.flush();
		this.sections.deleteAll(old);
		this.masks.deleteAll(this.masks.findByMinutesIdOrderByPositionAsc(found.getId()));
		this.signers.deleteAll(this.signers.findByMinutesIdOrderByPositionAsc(found.getId()));
		this.sections.flush();
		found.redrafted(MinutesDraft.title(this.messages, meeting, record.councilName()), record.presidingName(),
				this.clock.instant(), user.getUsername());
		this.minutes.saveAndFlush(found);
		write(found, record, user);
	}

	private void write(Minutes target, MeetingRecord record, AccountPrincipal user) {
		List<MinutesDraft.Section> drafted = MinutesDraft.sections(this.messages, record,
				this.directory.agenda(record.meeting().getId()), this.decisions.decided(record.meeting().getId(), user),
				this.results.sentences(record.meeting().getId(), user));
		int position = 0;
		for (MinutesDraft.Section section : drafted) {
			MinutesSection saved = this.sections.save(new MinutesSection(target.getId(), ++position, section.kind(),
					section.agendaItemId(), section.heading(), section.body()));
			int order = 0;
			for (SpeakerLines.Statement statement : section.statements()) {
				this.statements
					.save(new MinutesStatement(saved.getId(), ++order, statement.speaker(), statement.summary()));
			}
		}
		int order = 0;
		for (Map.Entry<String, String> mask : proposedMasks(record, policy(record.meeting().getCouncilId()))
			.entrySet()) {
			this.masks.save(new MinutesMaskedName(target.getId(), ++order, mask.getKey(), mask.getValue()));
		}
		this.sections.flush();
	}

	/**
	 * Saves what staff edited (a draft only).
	 * @param meetingId the meeting
	 * @param form the form
	 * @param user staff of the council
	 * @throws MinutesRefusedException for bad input (nothing changed)
	 */
	@Transactional
	public void save(long meetingId, MinutesForm form, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = draftOf(meetingId, form.getVersion());
		MinutesPolicy policy = policy(meeting.getCouncilId());
		String title = required(form.getTitle(), TITLE_MAX, "minutes.field.title");
		String presiding = optional(form.getPresidingName(), NAME_MAX, "minutes.field.presiding");
		List<MinutesSection> stored = this.sections.findByMinutesIdOrderByPositionAsc(found.getId());
		if (form.getSections().size() != stored.size()) {
			throw stale();
		}
		List<List<SpeakerLines.Statement>> edited = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			MinutesForm.SectionForm section = form.getSections().get(i);
			if (section == null || !Objects.equals(section.getId(), stored.get(i).getId())) {
				throw stale();
			}
			required(section.getHeading(), HEADING_MAX, "minutes.field.heading");
			optional(section.getBody(), BODY_MAX, "minutes.field.body");
			List<SpeakerLines.Statement> lines = new ArrayList<>();
			for (MinutesForm.StatementForm statement : section.getStatements()) {
				if (statement == null || (blank(statement.getSpeaker()) && blank(statement.getSummary()))) {
					continue;
				}
				String summary = required(statement.getSummary(), SUMMARY_MAX, "minutes.field.summary");
				String speaker = optional(statement.getSpeaker(), SPEAKER_MAX, "minutes.field.speaker");
				lines.add(new SpeakerLines.Statement((speaker != null) ? speaker : "", summary));
			}
			edited.add(lines);
		}
		Map<Long, String> chosen = signers(form, policy, meetingId, user);
		if (presiding != null && chosen.containsValue(presiding)) {
			// the presiding member signs as 議長 already
			throw refused("minutes.refused.signerPresides");
		}
		Map<String, String> masked = masks(form);
		found.edit(title, presiding);
		for (int i = 0; i < stored.size(); i++) {
			MinutesSection section = stored.get(i);
			MinutesForm.SectionForm input = form.getSections().get(i);
			section.edit(input.getHeading().strip(), Objects.requireNonNullElse(input.getBody(), "").strip());
			syncStatements(section, edited.get(i));
		}
		syncSigners(found, chosen);
		syncMasks(found, masked);
		this.minutes.lockForUpdate(found.getId());
		this.minutes.flush();
	}

	/**
	 * 議事録確定: stores the PDF (PDF/A) with its SHA-256; nothing of the minutes changes
	 * after this. 議事録案 → 議事録確定.
	 * @param meetingId the meeting
	 * @param version the version the page showed
	 * @param user staff of the council
	 * @throws MinutesRefusedException when signers are missing
	 */
	@Transactional
	public void finalise(long meetingId, long version, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = draftOf(meetingId, version);
		MinutesPolicy policy = policy(meeting.getCouncilId());
		int chosen = this.signers.findByMinutesIdOrderByPositionAsc(found.getId()).size();
		if (chosen < policy.getSignerCount()) {
			throw refused("minutes.refused.signers", policy.getSignerCount(), chosen);
		}
		MinutesText text = text(found, meeting);
		byte[] pdf = MinutesPdf.render(text, day(meeting), null, true);
		StoredFileInfo file = this.files.store(pdf, text.title() + ".pdf",
				this.councils.secretariatMunicipalityOf(meeting.getCouncilId()), user.getUsername());
		found.finalise(file.id(), text.signatures(), this.clock.instant(), user.getUsername());
		this.minutes.saveAndFlush(found);
		this.meetings.changeStatus(meetingId, MeetingStatus.MINUTES_FINAL, meeting.getVersion(), user);
	}

	/**
	 * 公開: stores the public PDF (names of private persons masked when the policy says so)
	 * and puts the minutes on the public page. 議事録確定 → 公開.
	 * @param meetingId the meeting
	 * @param version the version the page showed
	 * @param user staff of the council
	 */
	@Transactional
	public void publish(long meetingId, long version, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = existing(meetingId);
		if (found.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Minutes.class, found.getId());
		}
		if (!found.isFinal() || found.isPublished()) {
			throw refused("minutes.refused.publish");
		}
		MinutesPolicy policy = policy(meeting.getCouncilId());
		MinutesText text = text(found, meeting).masked(mask(found, policy));
		byte[] pdf = MinutesPdf.render(text, day(meeting), null, true);
		StoredFileInfo file = this.files.store(pdf, text.title() + "（公開用）.pdf",
				this.councils.secretariatMunicipalityOf(meeting.getCouncilId()), user.getUsername());
		found.publish(file.id(), policy.isMaskPrivateNames(), this.clock.instant(), user.getUsername());
		this.minutes.saveAndFlush(found);
		this.meetings.changeStatus(meetingId, MeetingStatus.PUBLISHED, meeting.getVersion(), user);
	}

	// ---------------------------------------------------------------- the policy

	/**
	 * A council's rules for its minutes; the defaults when it has set none.
	 * @param councilId the council
	 * @return the policy
	 */
	MinutesPolicy policy(long councilId) {
		return this.policies.findByCouncilId(councilId).orElseGet(() -> MinutesPolicy.defaults(councilId));
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * The minutes as they read: as drafted or finalised, with the corrections of final
	 * minutes applied.
	 */
	MinutesText text(Minutes found, Meeting meeting) {
		return text(found, meeting, corrections(found));
	}

	/**
	 * The minutes as they read with the given corrections (a correction about to be
	 * stored last).
	 */
	MinutesText text(Minutes found, Meeting meeting, List<MinutesCorrection> applied) {
		CouncilRules council = this.councils.rulesOf(meeting.getCouncilId());
		List<MinutesSection> stored = this.sections.findByMinutesIdOrderByPositionAsc(found.getId());
		Map<Long, List<MinutesStatement>> bySection = statementsOf(stored);
		CorrectedText corrected = new CorrectedText(applied, this.messages);
		List<MinutesText.Part> parts = stored.stream()
			.map((s) -> new MinutesText.Part(s.getKind(), corrected.heading(s), corrected.body(s), bySection
				.getOrDefault(s.getId(), List.of())
				.stream()
				.map((st) -> new MinutesText.Statement(st.getSpeaker(), corrected.summary(st), corrected.note(st)))
				.toList(), corrected.note(s)))
			.toList();
		List<String> signerNames = this.signers.findByMinutesIdOrderByPositionAsc(found.getId())
			.stream()
			.map(MinutesSigner::getName)
			.toList();
		Map<Long, MinutesStatement> statementsById = new LinkedHashMap<>();
		bySection.values().forEach((list) -> list.forEach((st) -> statementsById.put(st.getId(), st)));
		return new MinutesText(found.getTitle(), council.name(), council.municipalityName(), found.getPresidingName(),
				parts, signerNames,
				found.isFinal() ? found.isSignatures() : policy(meeting.getCouncilId()).getSignerCount() > 0,
				corrected.history(stored.stream().collect(Collectors.toMap(MinutesSection::getId, (s) -> s)),
						statementsById));
	}

	/**
	 * The corrections of final minutes, the first first; none for a draft.
	 */
	List<MinutesCorrection> corrections(Minutes found) {
		return found.isFinal() ? this.corrections.findByMinutesIdOrderByIdAsc(found.getId()) : List.of();
	}

	/**
	 * The statements of sections, each section's in order.
	 */
	Map<Long, List<MinutesStatement>> statementsOf(List<MinutesSection> stored) {
		return this.statements
			.findBySectionIdInOrderBySectionIdAscPositionAsc(stored.stream().map(MinutesSection::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(MinutesStatement::getSectionId, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * The final PDF to serve: the latest correction's, else the one stored when the
	 * minutes were finalised.
	 */
	long currentFinalFileId(Minutes found) {
		List<MinutesCorrection> all = corrections(found);
		return all.isEmpty() ? found.getFinalFileId() : all.get(all.size() - 1).getFinalFileId();
	}

	/**
	 * The public PDF to serve: the latest correction's made after the publication (only
	 * those have one), else the one stored when the minutes were published.
	 */
	Long currentPublicFileId(Minutes found) {
		Long current = found.getPublicFileId();
		for (MinutesCorrection correction : corrections(found)) {
			if (correction.getPublicFileId() != null) {
				current = correction.getPublicFileId();
			}
		}
		return current;
	}

	NameMask mask(Minutes found, MinutesPolicy policy) {
		// once published, as they were published, whatever the policy says now
		boolean masked = found.isPublished() ? found.isMaskNames() : policy.isMaskPrivateNames();
		if (!masked) {
			return NameMask.none();
		}
		Map<String, String> aliases = new LinkedHashMap<>();
		this.masks.findByMinutesIdOrderByPositionAsc(found.getId())
			.forEach((m) -> aliases.put(m.getName(), m.getAlias()));
		return NameMask.of(aliases);
	}

	MinutesFile stored(long fileId, Meeting meeting) {
		var content = this.files.content(fileId, this.councils.secretariatMunicipalityOf(meeting.getCouncilId()));
		return new MinutesFile(content.info().fileName(), content.content());
	}

	Minutes existing(long meetingId) {
		return this.minutes.findByMeetingId(meetingId)
			.orElseThrow(() -> new MinutesNotFoundException("議事録 " + meetingId));
	}

	static LocalDate day(Meeting meeting) {
		return LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
	}

	private String draftRefusal(Meeting meeting, AccountPrincipal user) {
		if (this.minutes.findByMeetingId(meeting.getId()).isPresent()) {
			return text("minutes.refused.exists");
		}
		if (meeting.getStatus() != MeetingStatus.HELD) {
			return text("minutes.refused.notHeld");
		}
		MeetingRecord record = this.live.record(meeting.getId(), user);
		if (record.openedAt() == null || record.closedAt() == null) {
			return text("minutes.refused.notClosed");
		}
		return null;
	}

	private Minutes draftOf(long meetingId, long version) {
		Minutes found = existing(meetingId);
		if (found.isFinal()) {
			throw refused("minutes.refused.final");
		}
		if (found.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Minutes.class, found.getId());
		}
		return found;
	}

	private MinutesForm form(Minutes found, MinutesPolicy policy, List<SectionKind> kinds) {
		MinutesForm form = new MinutesForm();
		form.setVersion(found.getVersion());
		form.setTitle(found.getTitle());
		form.setPresidingName(found.getPresidingName());
		List<MinutesSection> stored = this.sections.findByMinutesIdOrderByPositionAsc(found.getId());
		Map<Long, List<MinutesStatement>> bySection = this.statements
			.findBySectionIdInOrderBySectionIdAscPositionAsc(stored.stream().map(MinutesSection::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(MinutesStatement::getSectionId));
		for (MinutesSection section : stored) {
			kinds.add(section.getKind());
			MinutesForm.SectionForm input = new MinutesForm.SectionForm();
			input.setId(section.getId());
			input.setHeading(section.getHeading());
			input.setBody(section.getBody());
			for (MinutesStatement statement : bySection.getOrDefault(section.getId(), List.of())) {
				MinutesForm.StatementForm line = new MinutesForm.StatementForm();
				line.setSpeaker(statement.getSpeaker());
				line.setSummary(statement.getSummary());
				input.getStatements().add(line);
			}
			if (section.getKind() == SectionKind.ITEM && !found.isFinal()) {
				for (int i = 0; i < BLANK_STATEMENTS; i++) {
					input.getStatements().add(new MinutesForm.StatementForm());
				}
			}
			form.getSections().add(input);
		}
		List<MinutesSigner> chosen = this.signers.findByMinutesIdOrderByPositionAsc(found.getId());
		for (int i = 0; i < Math.max(policy.getSignerCount(), chosen.size()); i++) {
			form.getSignerIds().add((i < chosen.size()) ? chosen.get(i).getMemberId() : null);
		}
		for (MinutesMaskedName mask : this.masks.findByMinutesIdOrderByPositionAsc(found.getId())) {
			MinutesForm.MaskForm input = new MinutesForm.MaskForm();
			input.setName(mask.getName());
			input.setAlias(mask.getAlias());
			form.getMasks().add(input);
		}
		if (!found.isFinal()) {
			for (int i = 0; i < BLANK_MASKS; i++) {
				form.getMasks().add(new MinutesForm.MaskForm());
			}
		}
		return form;
	}

	private static List<MinutesPage.Signer> present(MeetingRecord record) {
		return record.members()
			.stream()
			// a member attending in person: a proxy does not sign for the member
			.filter((line) -> line.attendance() == Attendance.PRESENT)
			.map((line) -> new MinutesPage.Signer(line.member().memberId(), line.member().name()))
			.toList();
	}

	private Map<Long, String> signers(MinutesForm form, MinutesPolicy policy, long meetingId, AccountPrincipal user) {
		List<Long> ids = form.getSignerIds().stream().filter(Objects::nonNull).toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		if (ids.size() > policy.getSignerCount()) {
			throw refused("minutes.refused.tooManySigners", policy.getSignerCount());
		}
		if (new HashSet<>(ids).size() != ids.size()) {
			throw refused("minutes.refused.signerTwice");
		}
		Map<Long, String> present = present(this.live.record(meetingId, user)).stream()
			.collect(Collectors.toMap(MinutesPage.Signer::memberId, MinutesPage.Signer::name));
		Map<Long, String> chosen = new LinkedHashMap<>();
		for (Long id : ids) {
			String name = present.get(id);
			if (name == null) {
				throw refused("minutes.refused.signerAbsent");
			}
			chosen.put(id, name);
		}
		return chosen;
	}

	private Map<String, String> masks(MinutesForm form) {
		Map<String, String> masked = new LinkedHashMap<>();
		for (MinutesForm.MaskForm mask : form.getMasks()) {
			if (mask == null || (blank(mask.getName()) && blank(mask.getAlias()))) {
				continue;
			}
			String name = required(mask.getName(), NAME_MAX, "minutes.field.maskName");
			String alias = required(mask.getAlias(), ALIAS_MAX, "minutes.field.alias");
			masked.put(name, alias);
		}
		return masked;
	}

	private void syncStatements(MinutesSection section, List<SpeakerLines.Statement> edited) {
		sync(this.statements.findBySectionIdInOrderBySectionIdAscPositionAsc(List.of(section.getId())), edited,
				(row, line) -> row.edit(line.speaker(), line.summary()),
				(position, line) -> new MinutesStatement(section.getId(), position, line.speaker(), line.summary()),
				this.statements);
	}

	private void syncSigners(Minutes found, Map<Long, String> chosen) {
		sync(this.signers.findByMinutesIdOrderByPositionAsc(found.getId()), List.copyOf(chosen.entrySet()),
				(row, signer) -> row.change(signer.getKey(), signer.getValue()),
				(position, signer) -> new MinutesSigner(found.getId(), position, signer.getKey(), signer.getValue()),
				this.signers);
	}

	private void syncMasks(Minutes found, Map<String, String> masked) {
		sync(this.masks.findByMinutesIdOrderByPositionAsc(found.getId()), List.copyOf(masked.entrySet()),
				(row, mask) -> row.change(mask.getKey(), mask.getValue()),
				(position, mask) -> new MinutesMaskedName(found.getId(), position, mask.getKey(), mask.getValue()),
				this.masks);
	}

	/**
	 * Makes the stored rows (in position order) say what was wanted: the first rows are
	 * changed in place, rows are added at the end or the surplus deleted, so that no two
	 * rows ever share a position.
	 */
	private static <E, W> void sync(List<E> stored, List<W> wanted, BiConsumer<E, W> change,
			BiFunction<Integer, W, E> create, JpaRepository<E, Long> repository) {
		for (int i = 0; i < wanted.size(); i++) {
			if (i < stored.size()) {
				change.accept(stored.get(i), wanted.get(i));
			}
			else {
				repository.save(create.apply(i + 1, wanted.get(i)));
			}
		}
		if (stored.size() > wanted.size()) {
			repository.deleteAll(stored.subList(wanted.size(), stored.size()));
		}
	}

	/**
	 * The names the public version masks, as the policy proposes them: the members of the
	 * private categories (Ａ委員, Ｂ委員, …) and the 参考人 (参考人Ａ, …).
	 */
	private Map<String, String> proposedMasks(MeetingRecord record, MinutesPolicy policy) {
		Map<String, String> proposed = new LinkedHashMap<>();
		Set<String> privateCategories = this.councils.rulesOf(record.meeting().getCouncilId())
			.categories()
			.stream()
			.filter((c) -> policy.getPrivateCategoryIds().contains(c.id()))
			.map(CouncilRules.Category::name)
			.collect(Collectors.toSet());
		int members = 0;
		for (MeetingRecord.MemberLine line : record.members()) {
			if (privateCategories.contains(line.member().category())) {
				String letter = letter(members++);
				proposed.put(line.member().name(), text("minutes.alias.member", letter));
				if (line.proxyName() != null) {
					// the proxy would name the member's family or office
					proposed.put(line.proxyName(), text("minutes.alias.proxy", letter));
				}
			}
		}
		if (policy.isMaskWitnesses()) {
			int witnesses = 0;
			for (MeetingAttendee attendee : record.attendees()) {
				if (attendee.getKind() == AttendeeKind.WITNESS) {
					proposed.put(attendee.getName(), text("minutes.alias.witness", letter(witnesses++)));
				}
			}
		}
		return proposed;
	}

	private static String letter(int index) {
		String letters = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ";
		String letter = String.valueOf(letters.charAt(index % letters.length()));
		return (index < letters.length()) ? letter : letter + (index / letters.length() + 1);
	}

	private String required(String value, int max, String field) {
		if (blank(value)) {
			throw refused("minutes.refused.required", text(field));
		}
		return optional(value, max, field);
	}

	private String optional(String value, int max, String field) {
		if (blank(value)) {
			return null;
		}
		String clean = value.strip();
		if (clean.codePointCount(0, clean.length()) > max) {
			throw refused("minutes.refused.tooLong", text(field), max);
		}
		return clean;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private MinutesRefusedException stale() {
		return refused("minutes.refused.stale");
	}

	private MinutesRefusedException refused(String code, Object... arguments) {
		return new MinutesRefusedException(code, text(code, arguments));
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.JAPANESE);
	}

}
