package jp.kyogikai.material;

import java.util.List;
import java.util.Objects;

import jp.kyogikai.council.CouncilService;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.AgendaItemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates materials without a signed-in user, for the demo data: the caller names the 次第
 * item by its kind.
 */
@Service
public class MaterialSetupService {

	private final MaterialRepository materials;

	private final MeetingService meetings;

	private final CouncilService councils;

	MaterialSetupService(MaterialRepository materials, MeetingService meetings, CouncilService councils) {
		this.materials = materials;
		this.meetings = meetings;
		this.councils = councils;
	}

	/**
	 * What a material is made of.
	 *
	 * @param kind the kind
	 * @param fiscalYear the 年度 of statistics
	 * @param operatorId the operator of a 要件確認表
	 * @param applicationId the application of a 協議申請書
	 * @param storedFileId the file of an upload
	 */
	public record Source(MaterialKind kind, Integer fiscalYear, Long operatorId, Long applicationId,
			Long storedFileId) {

		public static Source of(MaterialKind kind) {
			return new Source(kind, null, null, null, null);
		}

	}

	/**
	 * Adds a material last among its item's.
	 * @param meetingId the meeting
	 * @param itemKind the kind of the (first) 次第 item it belongs to, {@code null} for a
	 * general material
	 * @param title the title
	 * @param source what it is made of
	 * @param continuesPrevious whether it shares the number of the one before
	 * @return the material's id
	 */
	@Transactional
	public long add(long meetingId, AgendaItemKind itemKind, String title, Source source, boolean continuesPrevious) {
		long councilId = this.meetings.councilOf(meetingId);
		List<AgendaLine> agenda = this.meetings
			.view(meetingId, MaterialRenderer.reader(this.councils.secretariatMunicipalityOf(councilId)))
			.agenda();
		Long itemId = (itemKind != null) ? agenda.stream()
			.filter((line) -> line.item().getKind() == itemKind)
			.map((line) -> line.item().getId())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("次第に " + itemKind + " がありません")) : null;
		int position = this.materials.findByMeetingId(meetingId)
			.stream()
			.filter((m) -> Objects.equals(m.getAgendaItemId(), itemId))
			.mapToInt(Material::getPosition)
			.max()
			.orElse(0) + 1;
		Material material = new Material(meetingId, itemId, position, title, source.kind());
		material.source(source.fiscalYear(), source.operatorId(), source.applicationId(), source.storedFileId());
		material.update(title, false, continuesPrevious);
		return this.materials.saveAndFlush(material).getId();
	}

}
