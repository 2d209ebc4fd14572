package jp.kyogikai.minutes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kyogikai.council.CouncilService;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.MunicipalityRepository;
import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.material.MaterialFile;
import jp.kyogikai.material.MaterialService;
import jp.kyogikai.material.NumberedMaterial;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingDirectory;
import jp.kyogikai.meeting.rule.MeetingStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without signing in: a municipality's published minutes, each with
 * its text (names of private persons masked as the council's policy says; corrections
 * applied), the public PDF with its SHA-256 (the latest), and the meeting's materials
 * except the confidential ones. Anything not published is a 404.
 */
@Service
@Transactional(readOnly = true)
public class PublicMinutesService {

	private final MunicipalityRepository municipalities;

	private final CouncilService councils;

	private final MeetingDirectory directory;

	private final MaterialService materials;

	private final StoredFileService files;

	private final MinutesRepository minutes;

	private final MinutesService service;

	PublicMinutesService(MunicipalityRepository municipalities, CouncilService councils, MeetingDirectory directory,
			MaterialService materials, StoredFileService files, MinutesRepository minutes, MinutesService service) {
		this.municipalities = municipalities;
		this.councils = councils;
		this.directory = directory;
		this.materials = materials;
		this.files = files;
		this.minutes = minutes;
		this.service = service;
	}

	/**
	 * The published minutes of the councils a municipality runs, the latest meeting
	 * first.
	 * @param code the municipality's code (全国地方公共団体コード)
	 * @return the list
	 */
	public PublicList list(String code) {
		Municipality municipality = this.municipalities.findByCode(code)
			.orElseThrow(() -> new MinutesNotFoundException("municipality " + code));
		List<Meeting> meetings = this.directory.ofCouncils(this.councils.councilIdsRunBy(municipality.getId()))
			.stream()
			.filter((m) -> m.getStatus() == MeetingStatus.PUBLISHED)
			.toList();
		Map<Long, Minutes> byMeeting = this.minutes
			.findByMeetingIdInAndPublishedAtIsNotNull(meetings.stream().map(Meeting::getId).toList())
			.stream()
			.collect(Collectors.toMap(Minutes::getMeetingId, Function.identity()));
		List<PublicList.Row> rows = meetings.stream()
			.filter((m) -> byMeeting.containsKey(m.getId()))
			.sorted(Comparator.comparing(Meeting::getStartsAt).reversed())
			.map((m) -> new PublicList.Row(m.getId(), byMeeting.get(m.getId()).getTitle(), MinutesService.day(m)))
			.toList();
		return new PublicList(municipality.getName(), rows);
	}

	/**
	 * One meeting's published minutes.
	 * @param meetingId the meeting
	 * @return the page
	 */
	public PublicPage page(long meetingId) {
		Meeting meeting = published(meetingId);
		Minutes found = this.service.existing(meetingId);
		MinutesText text = this.service.text(found, meeting)
			.masked(this.service.mask(found, this.service.policy(meeting.getCouncilId())));
		StoredFileInfo pdf = this.files
			.info(this.service.currentPublicFileId(found),
					this.councils.secretariatMunicipalityOf(meeting.getCouncilId()))
			.orElseThrow(() -> new MinutesNotFoundException("議事録 " + meetingId));
		return new PublicPage(meeting, MinutesService.day(meeting), text, pdf,
				this.materials.publicMaterials(meetingId));
	}

	/**
	 * The public PDF as stored when the minutes were published, or as stored with the
	 * latest correction made since.
	 * @param meetingId the meeting
	 * @return the file
	 */
	public MinutesFile pdf(long meetingId) {
		Meeting meeting = published(meetingId);
		return this.service.stored(this.service.currentPublicFileId(this.service.existing(meetingId)), meeting);
	}

	/**
	 * A material of a published meeting, never a confidential one.
	 * @param meetingId the meeting
	 * @param materialId the material
	 * @return the file
	 */
	public MaterialFile material(long meetingId, long materialId) {
		published(meetingId);
		return this.materials.publicFile(meetingId, materialId);
	}

	private Meeting published(long meetingId) {
		Meeting meeting = this.directory.find(meetingId)
			.filter((m) -> m.getStatus() == MeetingStatus.PUBLISHED)
			.orElseThrow(() -> new MinutesNotFoundException("議事録 " + meetingId));
		if (this.minutes.findByMeetingId(meetingId).filter(Minutes::isPublished).isEmpty()) {
			throw new MinutesNotFoundException("議事録 " + meetingId);
		}
		return meeting;
	}

	/**
	 * A municipality's published minutes.
	 *
	 * @param municipalityName the municipality
	 * @param rows the minutes, latest first
	 */
	public record PublicList(String municipalityName, List<Row> rows) {

		/**
		 * One published minutes.
		 *
		 * @param meetingId the meeting
		 * @param title the minutes' title
		 * @param day the meeting's day
		 */
		public record Row(long meetingId, String title, LocalDate day) {
		}

	}

	/**
	 * One published minutes.
	 *
	 * @param meeting the meeting
	 * @param day its day
	 * @param text the text as published
	 * @param pdf the public PDF
	 * @param materials the materials that are not confidential
	 */
	public record PublicPage(Meeting meeting, LocalDate day, MinutesText text, StoredFileInfo pdf,
			List<NumberedMaterial> materials) {
	}

}
