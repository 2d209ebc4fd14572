package jp.kyogikai.material;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.council.Council;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PacketAssembler;
import jp.kyogikai.file.FileRejectedException;
import jp.kyogikai.file.StoredFileContent;
import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.meeting.AgendaItem;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.CheckedMeeting;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingDirectory;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.MeetingView;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.MeetingTransitions;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.operator.OperatorSummary;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.statistics.StatisticsMaterial;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The materials of a meeting and its agenda packet. Staff of the council's secretariat
 * municipality (and the administrator) read them through
 * {@link MeetingService#meeting(long, AccountPrincipal)}, so anyone else gets a 404;
 * members of the council read them through {@link #memberPacket} and
 * {@link #memberMaterial}, every download recorded. Materials change only while the
 * meeting's 次第 may ({@link MeetingTransitions#agendaEditable}).
 *
 * <p>
 * The packet is built on every download rather than cached: its generated parts read the
 * current records of several modules (the roster, the statistics, an application…), whose
 * changes this module does not see, so a cache would need a fingerprint of every part's
 * content, which costs about as much as building it. A 200-page packet binds in well
 * under the 5 seconds allowed (see {@code PacketBenchmark}).
 */
@Service
@Transactional(readOnly = true)
public class MaterialService {

	private final MaterialRepository materials;

	private final MaterialDownloadRepository downloads;

	private final MeetingService meetings;

	private final CouncilService councils;

	private final MeetingDirectory directory;

	private final OperatorService operators;

	private final StatisticsMaterial statistics;

	private final StoredFileService files;

	private final MaterialRenderer renderer;

	private final Clock clock;

	MaterialService(MaterialRepository materials, MaterialDownloadRepository downloads, MeetingService meetings,
			CouncilService councils, MeetingDirectory directory, OperatorService operators,
			StatisticsMaterial statistics, StoredFileService files, MaterialRenderer renderer, Clock clock) {
		this.materials = materials;
		this.downloads = downloads;
		this.meetings = meetings;
		this.councils = councils;
		this.directory = directory;
		this.operators = operators;
		this.statistics = statistics;
		this.files = files;
		this.renderer = renderer;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The meeting's materials in order with their numbers.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the materials
	 */
	public List<NumberedMaterial> materials(long meetingId, AccountPrincipal user) {
		return numbered(context(meetingId, user));
	}

	/**
	 * The 資料 section of the meeting's page, from the page's view: the meeting as the page
	 * checked it for its user and the 次第 it read, so the section reads neither again.
	 * @param view the meeting page's view
	 * @return the section
	 */
	public MaterialSection section(MeetingView view) {
		CheckedMeeting checked = view.checked();
		Context context = new Context(checked, view.agenda(),
				MaterialRenderer.reader(checked.council().getSecretariatMunicipality().getId()));
		long meetingId = checked.id();
		List<NumberedMaterial> numbered = numbered(context);
		List<MaterialSection.ItemOption> items = new ArrayList<>();
		List<MaterialSection.ApplicationOffer> offers = new ArrayList<>();
		Set<Long> applicationsAdded = numbered.stream()
			.map((n) -> n.material().getApplicationId())
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		for (AgendaLine line : context.agenda()) {
			AgendaItem item = line.item();
			items.add(new MaterialSection.ItemOption(item.getId(),
					(item.isSubItem() ? "・" : line.number() + " ") + item.getTitle()));
			if (item.getApplicationId() != null && !applicationsAdded.contains(item.getApplicationId())) {
				offers.add(new MaterialSection.ApplicationOffer(item.getId(), item.getApplicationId(),
						line.operatorName() + "（" + line.applicationLabel() + "）"));
			}
		}
		List<MaterialSection.Option> operatorOptions = new ArrayList<>();
		List<MaterialSection.Option> years = new ArrayList<>();
		if (context.editable()) {
			for (OperatorSummary operator : this.operators.operatorsFor(context.reader())) {
				operatorOptions.add(new MaterialSection.Option(operator.id(), operator.name()));
			}
			int meetingYear = context.meeting().getFiscalYear();
			for (FiscalYear fiscalYear : this.statistics.years(context.municipalityId(),
					new FiscalYear(meetingYear - 2), new FiscalYear(meetingYear), context.reader())) {
				years.add(new MaterialSection.Option(fiscalYear.startYear(), fiscalYear.label()));
			}
		}
		List<MaterialSection.Reader> readers = this.downloads.summary(meetingId)
			.stream()
			.map((row) -> new MaterialSection.Reader(row.getName(), row.getPacketCount(), row.getPacketFirst(),
					row.getPacketLast(), row.getMaterialCount(), row.getMaterialLast()))
			.toList();
		return new MaterialSection(meetingId, context.editable(), numbered, items, offers, operatorOptions, years,
				this.files.limitText(), readers);
	}

	/**
	 * The enclosures a convocation lists: 資料No.N and the title of each material, in
	 * order.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return e.g. 資料No.1 委員名簿
	 */
	public List<String> enclosures(long meetingId, AccountPrincipal user) {
		return materials(meetingId, user).stream().map((n) -> n.label() + " " + n.material().getTitle()).toList();
	}

	/**
	 * The materials a member of the council may download, in order.
	 * @param meetingId the meeting
	 * @param user a member sitting (or having sat) on the meeting's council
	 * @return the materials with their numbers
	 * @throws MaterialNotFoundException (404) for anyone else
	 */
	public List<MemberMaterial> forMember(long meetingId, AccountPrincipal user) {
		return numbered(memberContext(meetingId, user)).stream()
			.map((n) -> new MemberMaterial(n.material().getId(), n.label(), n.material().getTitle(),
					n.material().getAgendaItemId()))
			.toList();
	}

	/**
	 * The materials that may be published: neither confidential nor of a kind that names
	 * persons ({@link MaterialKind#publishable()}), with the numbers they have in the
	 * packet. No user: for public pages.
	 * @param meetingId the meeting
	 * @return the materials in order
	 */
	public List<NumberedMaterial> publicMaterials(long meetingId) {
		long councilId = this.meetings.councilOf(meetingId);
		Context context = context(meetingId, councilId);
		return numbered(context).stream().filter(MaterialService::published).toList();
	}

	/**
	 * One material of a meeting whose minutes are published, for the public page: never a
	 * confidential one, and nothing of a meeting not yet published. No user.
	 * @param meetingId the meeting
	 * @param materialId the material
	 * @return the file
	 * @throws MaterialNotFoundException (404) for a confidential material, another
	 * meeting's, or a meeting not published
	 */
	public MaterialFile publicFile(long meetingId, long materialId) {
		long councilId = this.meetings.councilOf(meetingId);
		Context context = context(meetingId, councilId);
		if (context.meeting().getStatus() != MeetingStatus.PUBLISHED) {
			throw new MaterialNotFoundException("資料 " + materialId);
		}
		boolean published = numbered(context).stream()
			.anyMatch((n) -> n.material().getId() == materialId && published(n));
		if (!published) {
			throw new MaterialNotFoundException("資料 " + materialId);
		}
		return file(context, materialId);
	}

	private static boolean published(NumberedMaterial numbered) {
		return !numbered.material().isConfidential() && numbered.material().getKind().publishable();
	}

	// ---------------------------------------------------------------- downloads

	/**
	 * One material for staff: an upload as stored, a generated one as a PDF.
	 * @param meetingId the meeting
	 * @param materialId the material
	 * @param user staff of the council
	 * @return the file
	 */
	public MaterialFile material(long meetingId, long materialId, AccountPrincipal user) {
		return file(context(meetingId, user), materialId);
	}

	/**
	 * The agenda packet for staff.
	 * @param meetingId the meeting
	 * @param user staff of the council
	 * @return the PDF
	 */
	public MaterialFile packet(long meetingId, AccountPrincipal user) {
		return packet(context(meetingId, user));
	}

	/**
	 * The agenda packet for a member of the council; the download is recorded.
	 * @param meetingId the meeting
	 * @param user a member sitting (or having sat) on the council
	 * @return the PDF
	 * @throws MaterialNotFoundException (404) for anyone else
	 */
	@Transactional
	public MaterialFile memberPacket(long meetingId, AccountPrincipal user) {
		Context context = memberContext(meetingId, user);
		MaterialFile packet = packet(context);
		this.downloads.save(new MaterialDownload(meetingId, null, user.id(), this.clock.instant()));
		return packet;
	}

	/**
	 * One material for a member of the council; the download is recorded.
	 * @param meetingId the meeting
	 * @param materialId the material
	 * @param user a member sitting (or having sat) on the council
	 * @return the file
	 * @throws MaterialNotFoundException (404) for anyone else, or another meeting's
	 * material
	 */
	@Transactional
	public MaterialFile memberMaterial(long meetingId, long materialId, AccountPrincipal user) {
		MaterialFile file = file(memberContext(meetingId, user), materialId);
		this.downloads.save(new MaterialDownload(meetingId, materialId, user.id(), this.clock.instant()));
		return file;
	}

	private MaterialFile file(Context context, long materialId) {
		NumberedMaterial numbered = numbered(context).stream()
			.filter((n) -> n.material().getId() == materialId)
			.findFirst()
			.orElseThrow(() -> new MaterialNotFoundException("資料 " + materialId));
		Material material = numbered.material();
		if (material.getKind() == MaterialKind.UPLOADED) {
			StoredFileContent file = this.renderer.file(material, context.council());
			return new MaterialFile(file.info().fileName(), file.info().mediaType(), file.content());
		}
		byte[] pdf = this.renderer.pdf(material, numbered.label(), context.meeting(), context.council());
		return new MaterialFile(numbered.label() + "_" + material.getTitle() + ".pdf", "application/pdf", pdf);
	}

	private MaterialFile packet(Context context) {
		Meeting meeting = context.meeting();
		Council council = context.council();
		List<NumberedMaterial> numbered = numbered(context);
		String meetingName = new FiscalYear(meeting.getFiscalYear()).label() + " 第" + meeting.getNumber() + "回";
		LocalDate date = LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
		String municipality = council.getSecretariatMunicipality().getName();
		PacketAssembler packet = PacketAssembler
			.of(new DocumentInfo(council.getName() + " " + meetingName + " 会議資料", municipality, council.getName(),
					date))
			.heading(council.getName(), meetingName + " 会議資料")
			.part(null, AgendaPdf.TITLE,
					AgendaPdf.render(meeting, council.getName(), context.agenda(), numbered, municipality));
		for (NumberedMaterial n : numbered) {
			packet.part(n.label(), n.material().getTitle(),
					this.renderer.pdf(n.material(), n.label(), meeting, council));
		}
		return new MaterialFile(council.getName() + "_" + meetingName.replace(' ', '_') + "_会議資料.pdf",
				"application/pdf", packet.toBytes());
	}

	// ---------------------------------------------------------------- changes

	/**
	 * Adds a generated material at the end of its item's (or the general) materials.
	 * @param meetingId the meeting
	 * @param form kind, title, item and the kind's source
	 * @param user staff of the council
	 * @return the new material's id
	 * @throws MaterialRefusedException when the 次第 is closed, the kind needs a source
	 * that is missing or not the council's
	 */
	@Transactional
	public long add(long meetingId, MaterialForm form, AccountPrincipal user) {
		Context context = editable(meetingId, user);
		MaterialKind kind = form.getKind();
		if (kind == null || kind == MaterialKind.UPLOADED || kind == MaterialKind.APPLICATION) {
			throw new MaterialRefusedException("material.refused.kind");
		}
		Long itemId = itemOf(context, form.getAgendaItemId());
		Integer fiscalYear = null;
		Long operatorId = null;
		if (kind == MaterialKind.STATISTICS) {
			if (form.getFiscalYear() == null || !this.statistics.exists(context.municipalityId(),
					new FiscalYear(form.getFiscalYear()), context.reader())) {
				throw new MaterialRefusedException("material.refused.statistics");
			}
			fiscalYear = form.getFiscalYear();
		}
		if (kind == MaterialKind.COMPLIANCE) {
			operatorId = form.getOperatorId();
			if (operatorId == null || this.operators.operatorsFor(context.reader())
				.stream()
				.noneMatch((operator) -> operator.id() == form.getOperatorId())) {
				throw new MaterialRefusedException("material.refused.operator");
			}
		}
		String title = title(form.getTitle(), defaultTitle(kind, fiscalYear, operatorId, context));
		Material material = new Material(meetingId, itemId, nextPosition(meetingId, itemId), title, kind);
		material.source(fiscalYear, operatorId, null, null);
		material.update(title, form.isConfidential(), form.isContinuesPrevious());
		return this.materials.saveAndFlush(material).getId();
	}

	/**
	 * Adds the 協議申請書 of the application a 協議事項 names, as that item's material.
	 * @param meetingId the meeting
	 * @param itemId the 協議事項
	 * @param user staff of the council
	 * @return the new material's id
	 */
	@Transactional
	public long addApplication(long meetingId, long itemId, AccountPrincipal user) {
		Context context = editable(meetingId, user);
		AgendaLine line = context.agenda()
			.stream()
			.filter((l) -> l.item().getId() == itemId && l.item().getApplicationId() != null)
			.findFirst()
			.orElseThrow(() -> new MaterialRefusedException("material.refused.application"));
		long applicationId = line.item().getApplicationId();
		boolean present = this.materials.findByMeetingId(meetingId)
			.stream()
			.anyMatch((m) -> Objects.equals(m.getApplicationId(), applicationId));
		if (present) {
			throw new MaterialRefusedException("material.refused.applicationPresent");
		}
		String title = line.operatorName() + " " + line.item().getTitle();
		Material material = new Material(meetingId, itemId, nextPosition(meetingId, itemId),
				title.length() > 200 ? title.substring(0, 200) : title, MaterialKind.APPLICATION);
		material.source(null, null, applicationId, null);
		return this.materials.saveAndFlush(material).getId();
	}

	/**
	 * Uploads a file as a material. The file follows the rules of every upload (PDF, JPEG
	 * or PNG by content, size limit); a PDF must also be readable, to be bound into the
	 * packet.
	 * @param meetingId the meeting
	 * @param itemId the item, {@code null} for a general material
	 * @param title the title; the file's name when blank
	 * @param confidential whether it must not be published
	 * @param file the upload
	 * @param user staff of the council
	 * @return the new material's id
	 * @throws FileRejectedException when the file is refused; nothing is stored
	 */
	@Transactional
	public long upload(long meetingId, Long itemId, String title, boolean confidential, MultipartFile file,
			AccountPrincipal user) {
		Context context = editable(meetingId, user);
		Long item = itemOf(context, itemId);
		StoredFileInfo stored = this.files.store(file, context.municipalityId(), user.getUsername());
		if ("application/pdf".equals(stored.mediaType())
				&& !PacketAssembler.readable(this.files.content(stored.id(), context.municipalityId()).content())) {
			// rolls the stored file back with the transaction
			throw new MaterialRefusedException("material.refused.unreadablePdf");
		}
		String fallback = stored.fileName().replaceFirst("\\.[A-Za-z]+$", "");
		String name = title(title, fallback.isBlank() ? "資料" : fallback);
		Material material = new Material(meetingId, item, nextPosition(meetingId, item), name, MaterialKind.UPLOADED);
		material.source(null, null, null, stored.id());
		material.update(name, confidential, false);
		return this.materials.saveAndFlush(material).getId();
	}

	/**
	 * Changes a material's title, item, confidentiality and whether it continues the
	 * number before it. Moving to another item puts it last there.
	 */
	@Transactional
	public void update(long meetingId, long materialId, MaterialForm form, AccountPrincipal user) {
		Context context = editable(meetingId, user);
		Material material = own(meetingId, materialId);
		checkVersion(material.getVersion(), form.getVersion());
		if (form.getTitle() == null || form.getTitle().isBlank()) {
			throw new MaterialRefusedException("material.refused.title");
		}
		Long itemId = itemOf(context, form.getAgendaItemId());
		if (!Objects.equals(itemId, material.getAgendaItemId())) {
			material.place(itemId, nextPosition(meetingId, itemId));
		}
		material.update(title(form.getTitle(), material.getTitle()), form.isConfidential(), form.isContinuesPrevious());
		this.materials.flush();
	}

	/**
	 * Marks a material confidential (非公開) or not, until the minutes are published: after
	 * the meeting too, so that staff decide what the public page will show when they
	 * publish.
	 * @param meetingId the meeting
	 * @param materialId the material
	 * @param confidential whether it is withheld from the public page
	 * @param version the version the page showed
	 * @param user staff of the council
	 * @throws MaterialRefusedException once the minutes are published
	 */
	@Transactional
	public void confidential(long meetingId, long materialId, boolean confidential, long version,
			AccountPrincipal user) {
		Context context = context(meetingId, user);
		if (context.meeting().getStatus() == MeetingStatus.PUBLISHED) {
			throw new MaterialRefusedException("material.refused.published");
		}
		Material material = own(meetingId, materialId);
		checkVersion(material.getVersion(), version);
		material.confidential(confidential);
		this.materials.flush();
	}

	/**
	 * Moves a material one place up or down among its item's materials.
	 */
	@Transactional
	public void move(long meetingId, long materialId, boolean up, long version, AccountPrincipal user) {
		editable(meetingId, user);
		Material material = own(meetingId, materialId);
		checkVersion(material.getVersion(), version);
		List<Material> group = new ArrayList<>(this.materials.findByMeetingId(meetingId)
			.stream()
			.filter((m) -> Objects.equals(m.getAgendaItemId(), material.getAgendaItemId()))
			.sorted(java.util.Comparator.comparingInt(Material::getPosition).thenComparing(Material::getId))
			.toList());
		int index = group.indexOf(material);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= group.size()) {
			return;
		}
		group.set(index, group.get(other));
		group.set(other, material);
		for (int i = 0; i < group.size(); i++) {
			if (group.get(i).getPosition() != i + 1) {
				group.get(i).place(group.get(i).getAgendaItemId(), i + 1);
			}
		}
		this.materials.flush();
	}

	@Transactional
	public void delete(long meetingId, long materialId, long version, AccountPrincipal user) {
		editable(meetingId, user);
		Material material = own(meetingId, materialId);
		checkVersion(material.getVersion(), version);
		this.materials.delete(material);
		this.materials.flush();
	}

	// ---------------------------------------------------------------- helpers

	private String defaultTitle(MaterialKind kind, Integer fiscalYear, Long operatorId, Context context) {
		return switch (kind) {
			case ROSTER -> context.council().getName() + "委員名簿";
			case CHARTER -> context.council().getName() + "設置要綱";
			case STATISTICS -> "【" + context.council().getSecretariatMunicipality().getName() + "の状況】（"
					+ new FiscalYear(fiscalYear).label() + "）";
			case OPERATOR_LIST -> "福祉有償運送登録法人";
			case COMPLIANCE -> this.operators.operatorsFor(context.reader())
				.stream()
				.filter((operator) -> operator.id() == operatorId)
				.map((operator) -> operator.name() + " 要件確認表")
				.findFirst()
				.orElse("要件確認表");
			case APPLICATION, UPLOADED -> "資料";
		};
	}

	private static String title(String given, String fallback) {
		String title = (given == null || given.isBlank()) ? fallback : given.strip();
		if (title.length() > 200) {
			throw new MaterialRefusedException("material.refused.titleLength");
		}
		return title;
	}

	private Long itemOf(Context context, Long itemId) {
		if (itemId == null) {
			return null;
		}
		boolean found = context.agenda().stream().anyMatch((line) -> line.item().getId() == (long) itemId);
		if (!found) {
			throw new MaterialRefusedException("material.refused.item");
		}
		return itemId;
	}

	private int nextPosition(long meetingId, Long itemId) {
		return this.materials.findByMeetingId(meetingId)
			.stream()
			.filter((m) -> Objects.equals(m.getAgendaItemId(), itemId))
			.mapToInt(Material::getPosition)
			.max()
			.orElse(0) + 1;
	}

	private Material own(long meetingId, long materialId) {
		return this.materials.findById(materialId)
			.filter((m) -> m.getMeetingId() == meetingId)
			.orElseThrow(() -> new MaterialNotFoundException("資料 " + materialId));
	}

	private List<NumberedMaterial> numbered(Context context) {
		List<AgendaItem> agenda = context.agenda().stream().map(AgendaLine::item).toList();
		return MaterialNumbering.number(agenda, this.materials.findByMeetingId(context.meeting().getId()));
	}

	/**
	 * The meeting for staff of its council: anyone else gets a 404.
	 */
	private Context context(long meetingId, AccountPrincipal user) {
		CheckedMeeting checked = this.meetings.checked(meetingId, user);
		return forSecretariat(checked.id(), checked.council().getSecretariatMunicipality().getId());
	}

	/**
	 * The meeting for a member sitting on its council: anyone else gets a 404.
	 */
	private Context memberContext(long meetingId, AccountPrincipal user) {
		long councilId;
		try {
			councilId = this.meetings.councilOf(meetingId);
		}
		catch (RuntimeException ex) {
			throw new MaterialNotFoundException("会議 " + meetingId);
		}
		if (this.directory.readableByMember(meetingId, user).isEmpty()) {
			throw new MaterialNotFoundException("会議 " + meetingId);
		}
		return context(meetingId, councilId);
	}

	private Context context(long meetingId, long councilId) {
		return forSecretariat(meetingId, this.councils.secretariatMunicipalityOf(councilId));
	}

	/**
	 * The meeting and its 次第 as the council's secretariat reads them
	 * ({@link MaterialRenderer#reader(long)}), whoever asked: every reader of a material
	 * gets the same document.
	 */
	private Context forSecretariat(long meetingId, long secretariatMunicipalityId) {
		AccountPrincipal reader = MaterialRenderer.reader(secretariatMunicipalityId);
		CheckedMeeting checked = this.meetings.checked(meetingId, reader);
		return new Context(checked, this.meetings.agenda(checked), reader);
	}

	private Context editable(long meetingId, AccountPrincipal user) {
		Context context = context(meetingId, user);
		if (!context.editable()) {
			throw new MaterialRefusedException(MaterialRefusedException.CLOSED);
		}
		return context;
	}

	private static void checkVersion(long actual, long expected) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(Material.class, "version");
		}
	}

	/**
	 * A meeting with what reading its materials needs.
	 */
	private record Context(CheckedMeeting checked, List<AgendaLine> agenda, AccountPrincipal reader) {

		Meeting meeting() {
			return this.checked.meeting();
		}

		Council council() {
			return this.checked.council();
		}

		long municipalityId() {
			return this.reader.municipalityId();
		}

		boolean editable() {
			return MeetingTransitions.agendaEditable(meeting().getStatus());
		}

	}

}
