package jp.kyogikai.minutes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.kyogikai.council.CouncilService;
import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections (訂正) of final minutes, for the staff of the council (another municipality's
 * meeting is a 404 through {@link MeetingService#meeting}). Final minutes never change: a
 * correction is a row of its own ({@link MinutesCorrection}, audited, never changed)
 * naming a section (its heading and body) or one statement (its summary), with the
 * reason, who and when; it stores the minutes as they now read as a new PDF/A with its
 * SHA-256 and, when they are published, a new public PDF with the names masked. The PDFs
 * stored before stay stored and downloadable. A draft is not corrected but edited.
 */
@Service
@Transactional(readOnly = true)
public class MinutesCorrectionService {

	static final int REASON_MAX = 1000;

	private final MeetingService meetings;

	private final CouncilService councils;

	private final StoredFileService files;

	private final MinutesService service;

	private final MinutesRepository minutes;

	private final MinutesSectionRepository sections;

	private final MinutesCorrectionRepository corrections;

	private final MessageSource messages;

	private final Clock clock;

	MinutesCorrectionService(MeetingService meetings, CouncilService councils, StoredFileService files,
			MinutesService service, MinutesRepository minutes, MinutesSectionRepository sections,
			MinutesCorrectionRepository corrections, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.councils = councils;
		this.files = files;
		this.service = service;
		this.minutes = minutes;
		this.sections = sections;
		this.corrections = corrections;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * What the staff page offers for the corrections of final minutes.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the parts that may be corrected and the stored PDFs
	 * @throws MinutesRefusedException when the minutes are not final
	 */
	public MinutesCorrectionPanel panel(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = finalOf(meetingId);
		List<MinutesCorrection> all = this.corrections.findByMinutesIdOrderByIdAsc(found.getId());
		CorrectedText corrected = new CorrectedText(all, this.messages);
		List<MinutesSection> stored = this.sections.findByMinutesIdOrderByPositionAsc(found.getId());
		Map<Long, List<MinutesStatement>> bySection = this.service.statementsOf(stored);
		List<MinutesCorrectionPanel.Target> targets = new ArrayList<>();
		for (MinutesSection section : stored) {
			targets.add(new MinutesCorrectionPanel.Target(section.getId(), null, corrected.part(section, null),
					corrected.heading(section), corrected.body(section), corrected.note(section)));
			for (MinutesStatement statement : bySection.getOrDefault(section.getId(), List.of())) {
				targets.add(new MinutesCorrectionPanel.Target(section.getId(), statement.getId(),
						corrected.part(section, statement), null, corrected.summary(statement),
						corrected.note(statement)));
			}
		}
		return new MinutesCorrectionPanel(targets,
				versions(found, all, this.councils.secretariatMunicipalityOf(meeting.getCouncilId())));
	}

	/**
	 * Corrects a part of final minutes: stores the correction with the new final PDF (and
	 * the new public PDF when published). Nothing changes when refused.
	 * @param meetingId the meeting
	 * @param form the part, the new text, the reason and the version the page showed
	 * @param user staff of the council
	 * @throws MinutesRefusedException for a draft, an unknown part, no reason, an
	 * unchanged or too long text
	 * @throws ObjectOptimisticLockingFailureException when the minutes changed since the
	 * page was opened (another correction, the publication)
	 */
	@Transactional
	public void correct(long meetingId, MinutesCorrectionForm form, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = finalOf(meetingId);
		if (found.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Minutes.class, found.getId());
		}
		MinutesSection section = (form.getSectionId() != null) ? this.sections.findById(form.getSectionId())
			.filter((s) -> s.getMinutesId() == found.getId())
			.orElse(null) : null;
		if (section == null) {
			throw refused("minutes.refused.correctionPart");
		}
		MinutesStatement statement = null;
		if (form.getStatementId() != null) {
			statement = this.service.statementsOf(List.of(section))
				.getOrDefault(section.getId(), List.of())
				.stream()
				.filter((st) -> st.getId().equals(form.getStatementId()))
				.findFirst()
				.orElseThrow(() -> refused("minutes.refused.correctionPart"));
		}
		List<MinutesCorrection> earlier = this.corrections.findByMinutesIdOrderByIdAsc(found.getId());
		CorrectedText current = new CorrectedText(earlier, this.messages);
		MinutesCorrection correction;
		if (statement != null) {
			String summary = required(form.getText(), MinutesService.SUMMARY_MAX, "minutes.field.summary");
			String reason = required(form.getReason(), REASON_MAX, "minutes.field.reason");
			if (summary.equals(lines(current.summary(statement)))) {
				throw refused("minutes.refused.correctionUnchanged");
			}
			correction = new MinutesCorrection(found.getId(), section.getId(), statement.getId(), null, summary, reason,
					this.clock.instant(), user.getUsername());
		}
		else {
			String heading = optional(form.getHeading(), MinutesService.HEADING_MAX, "minutes.field.heading");
			if (heading == null) {
				heading = current.heading(section);
			}
			String body = Objects
				.requireNonNullElse(optional(form.getText(), MinutesService.BODY_MAX, "minutes.field.body"), "");
			String reason = required(form.getReason(), REASON_MAX, "minutes.field.reason");
			if (heading.equals(lines(current.heading(section))) && body.equals(lines(current.body(section)))) {
				throw refused("minutes.refused.correctionUnchanged");
			}
			correction = new MinutesCorrection(found.getId(), section.getId(), null, heading, body, reason,
					this.clock.instant(), user.getUsername());
		}
		List<MinutesCorrection> applied = new ArrayList<>(earlier);
		applied.add(correction);
		MinutesText text = this.service.text(found, meeting, applied);
		long municipalityId = this.councils.secretariatMunicipalityOf(meeting.getCouncilId());
		int number = applied.size();
		StoredFileInfo finalFile = this.files.store(MinutesPdf.render(text, MinutesService.day(meeting), null, true),
				text("minutes.correction.fileName", text.title(), number), municipalityId, user.getUsername());
		Long publicFileId = null;
		if (found.isPublished()) {
			MinutesText masked = text.masked(this.service.mask(found, this.service.policy(meeting.getCouncilId())));
			publicFileId = this.files
				.store(MinutesPdf.render(masked, MinutesService.day(meeting), null, true),
						text("minutes.correction.publicFileName", masked.title(), number), municipalityId,
						user.getUsername())
				.id();
		}
		correction.attach(finalFile.id(), publicFileId);
		this.corrections.saveAndFlush(correction);
		// the minutes' version goes up: a page opened before this correction is refused,
		// and of two corrections at once the second waits for the first and is refused
		if (this.minutes.bumpVersion(found.getId(), found.getVersion()) != 1) {
			throw new ObjectOptimisticLockingFailureException(Minutes.class, found.getId());
		}
	}

	/**
	 * One of the PDFs stored for final minutes, the first ones as well as those of each
	 * correction.
	 * @param meetingId the meeting
	 * @param fileId the stored file
	 * @param user staff of the council
	 * @return the file
	 * @throws MinutesNotFoundException (404) for a file that is not one of the minutes'
	 */
	public MinutesFile file(long meetingId, long fileId, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		Minutes found = this.service.existing(meetingId);
		if (!fileIds(found).contains(fileId)) {
			throw new MinutesNotFoundException("議事録のファイル " + fileId);
		}
		return this.service.stored(fileId, meeting);
	}

	private Set<Long> fileIds(Minutes found) {
		Set<Long> ids = new LinkedHashSet<>();
		if (found.getFinalFileId() != null) {
			ids.add(found.getFinalFileId());
		}
		if (found.getPublicFileId() != null) {
			ids.add(found.getPublicFileId());
		}
		for (MinutesCorrection correction : this.service.corrections(found)) {
			ids.add(correction.getFinalFileId());
			if (correction.getPublicFileId() != null) {
				ids.add(correction.getPublicFileId());
			}
		}
		return ids;
	}

	private List<MinutesCorrectionPanel.FileVersion> versions(Minutes found, List<MinutesCorrection> all,
			long municipalityId) {
		Map<Long, StoredFileInfo> infos = new HashMap<>();
		this.files.infos(fileIds(found), municipalityId).forEach((info) -> infos.put(info.id(), info));
		List<MinutesCorrectionPanel.FileVersion> versions = new ArrayList<>();
		add(versions, 0, false, infos.get(found.getFinalFileId()), null);
		add(versions, 0, true, (found.getPublicFileId() != null) ? infos.get(found.getPublicFileId()) : null, null);
		for (int i = 0; i < all.size(); i++) {
			MinutesCorrection correction = all.get(i);
			add(versions, i + 1, false, infos.get(correction.getFinalFileId()), correction.getReason());
			if (correction.getPublicFileId() != null) {
				add(versions, i + 1, true, infos.get(correction.getPublicFileId()), correction.getReason());
			}
		}
		// in the order they were stored: minutes published after a correction have their
		// first public PDF after that correction's
		versions.sort(Comparator.comparingLong((v) -> v.file().id()));
		return versions;
	}

	private static void add(List<MinutesCorrectionPanel.FileVersion> versions, int correction, boolean publicVersion,
			StoredFileInfo info, String reason) {
		if (info != null) {
			versions.add(new MinutesCorrectionPanel.FileVersion(correction, publicVersion, info, reason));
		}
	}

	private Minutes finalOf(long meetingId) {
		Minutes found = this.service.existing(meetingId);
		if (!found.isFinal()) {
			// a draft is edited, not corrected
			throw refused("minutes.refused.correctDraft");
		}
		return found;
	}

	private String required(String value, int max, String field) {
		String clean = optional(value, max, field);
		if (clean == null) {
			throw refused("minutes.refused.required", text(field));
		}
		return clean;
	}

	/**
	 * The text as entered, its line ends as stored ({@code \n}) and stripped;
	 * {@code null} when blank.
	 */
	private String optional(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = lines(value).strip();
		if (clean.codePointCount(0, clean.length()) > max) {
			throw refused("minutes.refused.tooLong", text(field), max);
		}
		return clean;
	}

	private static String lines(String value) {
		return value.replace("\r\n", "\n").replace('\r', '\n');
	}

	private MinutesRefusedException refused(String code, Object... arguments) {
		return new MinutesRefusedException(code, text(code, arguments));
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.JAPANESE);
	}

}
