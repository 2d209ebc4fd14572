package jp.kyogikai.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationActor;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.ApplicationViolation;
import jp.kyogikai.application.rule.ApplicationWorkflow;
import jp.kyogikai.application.rule.AttachmentChecklist;
import jp.kyogikai.application.rule.AttachmentKind;
import jp.kyogikai.application.rule.ChangeClassification;
import jp.kyogikai.application.rule.CorrectionRequest;
import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.FieldComment;
import jp.kyogikai.application.rule.IllegalTransitionException;
import jp.kyogikai.application.rule.Transition;
import jp.kyogikai.fare.FareService;
import jp.kyogikai.file.FileRejectedException;
import jp.kyogikai.file.StoredFileContent;
import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.operator.OperatorSummary;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applications as the signed-in user may see and move them. An operator's user reaches
 * only its own operator's applications, drafts included; staff (SECRETARIAT) only the
 * submitted applications of their municipality, the administrator every submitted one;
 * anyone else nothing. A miss is an {@link ApplicationNotFoundException} (404). Every
 * status change goes through {@link ApplicationWorkflow}, is recorded as an
 * {@link ApplicationEvent} and queues a mail to the other side in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

	/** Applications per page of the staff list. */
	public static final int PAGE_SIZE = 20;

	private final ApplicationRepository applications;

	private final ApplicationEventRepository events;

	private final ApplicationReturnCommentRepository comments;

	private final ApplicationAttachmentRepository attachments;

	private final ReceiptNumbers numbers;

	private final OperatorService operators;

	private final StoredFileService files;

	private final ApplicationMails mails;

	private final ApplicationTexts texts;

	private final FareService fares;

	private final Clock clock;

	private final AgendaPlacements placements;

	ApplicationService(ApplicationRepository applications, ApplicationEventRepository events,
			ApplicationReturnCommentRepository comments, ApplicationAttachmentRepository attachments,
			ReceiptNumbers numbers, OperatorService operators, StoredFileService files, ApplicationMails mails,
			ApplicationTexts texts, FareService fares, Clock clock, ObjectProvider<AgendaPlacements> placements) {
		this.applications = applications;
		this.events = events;
		this.comments = comments;
		this.attachments = attachments;
		this.numbers = numbers;
		this.operators = operators;
		this.files = files;
		this.mails = mails;
		this.texts = texts;
		this.fares = fares;
		this.clock = clock;
		this.placements = placements.getIfAvailable(AgendaPlacements::none);
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The applications of the user's own operator, newest first.
	 * @param user an operator's user
	 * @return its applications, drafts included; empty for other roles
	 */
	public List<Application> own(AccountPrincipal user) {
		if (!user.is(Role.OPERATOR) || user.operatorId() == null) {
			return List.of();
		}
		return this.applications.findByOperatorIdOrderByCreatedAtDescIdDesc(user.operatorId());
	}

	/**
	 * One page of the submitted applications staff may see, the latest submission first
	 * (then the highest id, so the order is stable), with the counts per status.
	 * @param user staff or the administrator
	 * @param filter what to show
	 * @param page the page, from 0
	 * @return the page; empty for other roles
	 */
	public StaffList list(AccountPrincipal user, ApplicationFilter filter, int page) {
		Pageable pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE,
				Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")));
		if (!isStaff(user)) {
			return new StaffList(Page.empty(pageable), Map.of(), 0, List.of());
		}
		List<OperatorSummary> operators = this.operators.operatorsFor(user);
		Map<Long, String> names = operators.stream()
			.collect(Collectors.toMap(OperatorSummary::id, OperatorSummary::name, (a, b) -> a));
		Specification<Application> spec = (root, query, cb) -> cb.isNotNull(root.get("submittedAt"));
		if (user.is(Role.SECRETARIAT)) {
			long municipalityId = user.municipalityId();
			spec = spec.and((root, query, cb) -> cb.equal(root.get("municipalityId"), municipalityId));
		}
		ApplicationFilter f = (filter != null) ? filter : ApplicationFilter.none();
		if (f.status() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), f.status()));
		}
		if (f.operatorId() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("operatorId"), f.operatorId()));
		}
		if (f.type() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), f.type()));
		}
		Page<ApplicationRow> rows = this.applications.findAll(spec, pageable)
			.map((application) -> new ApplicationRow(application, names.getOrDefault(application.getOperatorId(), "")));
		Map<ApplicationStatus, Long> counts = counts(user);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new StaffList(rows, counts, total, operators);
	}

	/**
	 * Several applications at once, as staff see them in a list (a meeting's 次第 names
	 * them).
	 * @param user staff or the administrator
	 * @param ids the applications
	 * @return the ones the user sees as staff, by id, with their operators' names
	 */
	public Map<Long, ApplicationRow> rows(AccountPrincipal user, Collection<Long> ids) {
		if (!isStaff(user) || ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = this.operators.operatorsFor(user)
			.stream()
			.collect(Collectors.toMap(OperatorSummary::id, OperatorSummary::name, (a, b) -> a));
		Map<Long, ApplicationRow> rows = new LinkedHashMap<>();
		for (Application application : this.applications.findAllById(ids)) {
			boolean visible = application.visibleToStaff() && (user.is(Role.ADMIN)
					|| Long.valueOf(application.getMunicipalityId()).equals(user.municipalityId()));
			if (visible) {
				rows.put(application.getId(),
						new ApplicationRow(application, names.getOrDefault(application.getOperatorId(), "")));
			}
		}
		return rows;
	}

	/**
	 * The operators of some applications by the applications' ids, as a 次第 names them
	 * under a 協議事項 for everyone who may read the 次第 (members of the council included).
	 * @param ids the applications
	 * @return each application's operator's name
	 */
	public Map<Long, String> operatorNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Application> found = this.applications.findAllById(ids);
		Map<Long, String> names = this.operators.names(found.stream().map(Application::getOperatorId).toList());
		Map<Long, String> byApplication = new LinkedHashMap<>();
		found.forEach((application) -> byApplication.put(application.getId(),
				names.getOrDefault(application.getOperatorId(), "")));
		return byApplication;
	}

	/**
	 * The applications a meeting may deliberate: received (受付済み) or already on an agenda,
	 * of the given municipalities, that the user sees as staff; oldest first.
	 * @param user staff or the administrator
	 * @param municipalityIds the municipalities the council serves
	 * @return the applications with their operators' names; empty for other roles
	 */
	public List<ApplicationRow> awaitingDeliberation(AccountPrincipal user, Collection<Long> municipalityIds) {
		if (!isStaff(user) || municipalityIds.isEmpty()) {
			return List.of();
		}
		Collection<Long> scope = user.is(Role.SECRETARIAT)
				? municipalityIds.stream().filter((id) -> id.equals(user.municipalityId())).toList() : municipalityIds;
		if (scope.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = this.operators.operatorsFor(user)
			.stream()
			.collect(Collectors.toMap(OperatorSummary::id, OperatorSummary::name, (a, b) -> a));
		return this.applications
			.findByStatusInAndMunicipalityIdInOrderByIdAsc(
					List.of(ApplicationStatus.RECEIVED, ApplicationStatus.ON_AGENDA), scope)
			.stream()
			.map((application) -> new ApplicationRow(application, names.getOrDefault(application.getOperatorId(), "")))
			.toList();
	}

	/**
	 * How many submitted applications staff may see are in each status.
	 * @param user staff or the administrator
	 * @return the counts in the order of the statuses, zero included; empty for other
	 * roles
	 */
	public Map<ApplicationStatus, Long> counts(AccountPrincipal user) {
		if (!isStaff(user)) {
			return Map.of();
		}
		List<Object[]> rows = user.is(Role.ADMIN) ? this.applications.countByStatus()
				: this.applications.countByStatus(user.municipalityId());
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			if (status != ApplicationStatus.DRAFT) {
				counts.put(status, 0L);
			}
		}
		rows.forEach((row) -> counts.put((ApplicationStatus) row[0], ((Number) row[1]).longValue()));
		return counts;
	}

	/**
	 * An application with everything its page shows.
	 * @param id the application
	 * @param user the signed-in user
	 * @return the view
	 * @throws ApplicationNotFoundException when the user may not see it
	 */
	public ApplicationView view(long id, AccountPrincipal user) {
		Application application = visible(id, user);
		Operator operator = this.operators.detail(application.getOperatorId(), user).operator();
		List<ApplicationEvent> timeline = this.events.timeline(id);
		Map<Long, List<TimelineEntry.FieldNote>> notes = new LinkedHashMap<>();
		for (ApplicationReturnComment comment : this.comments.ofApplication(id)) {
			notes.computeIfAbsent(comment.eventId(), (key) -> new ArrayList<>())
				.add(new TimelineEntry.FieldNote(CommentField.forKey(comment.getFieldKey()), comment.getComment()));
		}
		List<TimelineEntry> entries = timeline.stream()
			.map((event) -> new TimelineEntry(event, notes.getOrDefault(event.getId(), List.of())))
			.toList();
		Map<String, String> corrections = new LinkedHashMap<>();
		if (application.getStatus() == ApplicationStatus.RETURNED) {
			timeline.stream()
				.filter((event) -> event.getAction() == ApplicationAction.RETURN)
				.reduce((first, second) -> second)
				.ifPresent((event) -> notes.getOrDefault(event.getId(), List.of())
					.forEach((note) -> corrections.put(note.field().key(), note.comment())));
		}
		List<ChecklistEntry> checklist = checklist(application);
		List<AttachmentKind> missing = application.checklist().missing(attachedKinds(checklist));
		Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
		workflow(application).allowedActions(application.getStatus(), actor(user))
			.stream()
			.filter((action) -> !action.concernsTheCouncil())
			.forEach(actions::add);
		return new ApplicationView(application, operator, classificationText(application.classification()), checklist,
				missing, entries, corrections, actions, CommentField.of(application),
				application.getStatus().editableByOperator(),
				isStaff(user) ? this.placements.placements(id) : List.of());
	}

	/**
	 * The fares of an application's page: the proposed ones, for a 対価の変更 the ones in
	 * force beside them, and the sample trips against the local taxi fare.
	 * @param application an application the user may see (from {@link #view})
	 * @param user the signed-in user
	 * @return the fares, {@code null} for a type that proposes none
	 */
	public ApplicationFares fares(Application application, AccountPrincipal user) {
		if (!application.getType().proposesFares()) {
			return null;
		}
		FareSchedule proposed = application.proposedSchedule();
		boolean sideBySide = application.getType().comparesWithCurrentFares();
		return new ApplicationFares(proposed, application.getProposedEffectiveFrom(),
				sideBySide ? this.fares.current(application.getOperatorId()).orElse(null) : null, sideBySide,
				this.fares.comparison(application.getOperatorId(), proposed, user));
	}

	/**
	 * The Japanese sentence saying how a 変更登録 is handled and why.
	 * @param classification the items' classification, {@code null} for none
	 * @return the sentence, {@code null} without a valid classification
	 */
	public String classificationText(ChangeClassification classification) {
		if (classification == null || !classification.isValid()) {
			return null;
		}
		return this.texts.text(classification.messageCode(), List.of(classification.deliberationItems()));
	}

	/**
	 * The operator's edit form of a draft or returned application.
	 * @param id the application
	 * @param user its operator's user
	 * @return the form
	 * @throws ApplicationNotFoundException for anyone else
	 * @throws ApplicationRefusedException when it may no longer be changed
	 */
	public ApplicationForm form(long id, AccountPrincipal user) {
		Application application = ownApplication(id, user);
		editable(application);
		return ApplicationForm.of(application);
	}

	/**
	 * A version of a document attached to an application, for a download.
	 * @param id the application
	 * @param attachmentId the version
	 * @param user the signed-in user, who must be able to see the application
	 * @return the document with its content
	 * @throws ApplicationNotFoundException when the user may not see the application or
	 * it has no such document
	 */
	public StoredFileContent attachment(long id, long attachmentId, AccountPrincipal user) {
		Application application = visible(id, user);
		ApplicationAttachment attachment = this.attachments.findOne(attachmentId, id)
			.orElseThrow(() -> new ApplicationNotFoundException(id));
		return this.files.content(attachment.getStoredFileId(), application.getMunicipalityId());
	}

	/**
	 * The largest file accepted, for the upload form's hint.
	 * @return e.g. {@code 20MB}
	 */
	public String fileLimit() {
		return this.files.limitText();
	}

	// ---------------------------------------------------------------- the operator's
	// changes

	/**
	 * Creates a draft for the user's own operator.
	 * @param user an operator's user
	 * @param form the checked form
	 * @return the new application's id
	 * @throws ApplicationNotFoundException for other roles
	 */
	@Transactional
	public long create(AccountPrincipal user, ApplicationForm form) {
		if (!user.is(Role.OPERATOR) || user.operatorId() == null) {
			throw new ApplicationNotFoundException(-1);
		}
		Operator operator = this.operators.detail(user.operatorId(), user).operator();
		Instant now = now();
		Application application = new Application(operator.getMunicipalityId(), operator.getId(), form.getType(),
				user.getUsername(), now);
		application.write(form.getChangeItems(), form.getArea(), form.getReason(), form.getRemarks());
		application.propose(form.proposedSchedule(), form.getProposedEffectiveFrom());
		this.applications.saveAndFlush(application);
		this.events.save(new ApplicationEvent(application, null, ApplicationStatus.DRAFT, null,
				ApplicationActor.OPERATOR, user.getUsername(), user.displayName(), now, null));
		return application.getId();
	}

	/**
	 * Saves the operator's changes to a draft or returned application; its type stays.
	 * @param id the application
	 * @param user its operator's user
	 * @param form the checked form with the version it was opened on
	 * @throws ApplicationRefusedException when it may no longer be changed
	 * @throws ObjectOptimisticLockingFailureException when it changed since
	 */
	@Transactional
	public void update(long id, AccountPrincipal user, ApplicationForm form) {
		Application application = ownApplication(id, user);
		checkVersion(application, form.getVersion());
		editable(application);
		application.write(form.getChangeItems(), form.getArea(), form.getReason(), form.getRemarks());
		application.propose(form.proposedSchedule(), form.getProposedEffectiveFrom());
		application.touch(user.getUsername(), now());
		this.applications.saveAndFlush(application);
	}

	/**
	 * Attaches a document to a draft or returned application: the next version of its
	 * kind; the earlier versions stay.
	 * @param id the application
	 * @param user its operator's user
	 * @param kind the document's kind, one the application carries
	 * @param file the upload, checked by {@link StoredFileService}
	 * @return the new version
	 * @throws ApplicationRefusedException when the application may no longer be changed
	 * or does not carry that kind; nothing is stored
	 * @throws FileRejectedException when the file is refused; nothing is stored
	 */
	@Transactional
	public AttachmentFile attach(long id, AccountPrincipal user, AttachmentKind kind, MultipartFile file) {
		Application application = ownApplication(id, user);
		editable(application);
		if (kind == null || !application.checklist().accepts(kind)) {
			throw new ApplicationRefusedException(ApplicationRefusedException.UNKNOWN_KIND);
		}
		StoredFileInfo stored = this.files.store(file, application.getMunicipalityId(), user.getUsername());
		return addVersion(application, kind, stored, user.getUsername());
	}

	AttachmentFile addVersion(Application application, AttachmentKind kind, StoredFileInfo stored, String by) {
		Instant now = now();
		int version = this.attachments.lastVersion(application.getId(), kind) + 1;
		ApplicationAttachment attachment = this.attachments
			.save(new ApplicationAttachment(application, kind, stored.id(), version, now, by));
		// a new document changes the application: a submission racing with the upload
		// fails on the version instead of leaving a document behind after submission
		application.touch(by, now);
		this.applications.saveAndFlush(application);
		return new AttachmentFile(attachment, stored);
	}

	// ---------------------------------------------------------------- the workflow

	/**
	 * Takes a step of the workflow from the application's page: 提出, 再提出 and 取下げ for its
	 * operator; 受付 for staff. A 差戻し needs its comments ({@link #returnForCorrection});
	 * the agenda is kept by the meetings' 次第 ({@link #putOnAgenda},
	 * {@link #removeFromAgenda}) and the council's decisions are recorded by
	 * {@link #decide}.
	 * @param id the application
	 * @param user the signed-in user
	 * @param action the step
	 * @param version the version the page was opened on
	 * @param comment an optional comment for the timeline
	 * @return the status after the step
	 * @throws IllegalTransitionException when the status does not allow the step or it is
	 * the other side's; nothing changes
	 * @throws ApplicationRefusedException when a required document is missing at
	 * submission, or for a return, an agenda step or a decision taken this way; nothing
	 * changes
	 * @throws ObjectOptimisticLockingFailureException when the application changed since
	 */
	@Transactional
	public ApplicationStatus act(long id, AccountPrincipal user, ApplicationAction action, long version,
			String comment) {
		Application application = visible(id, user);
		checkVersion(application, version);
		workflow(application).transition(application.getStatus(), action, actor(user));
		if (action == ApplicationAction.RETURN) {
			throw new ApplicationRefusedException(ApplicationRefusedException.RETURN_NEEDS_COMMENTS);
		}
		if (action.outcome().isPresent()) {
			throw new ApplicationRefusedException(ApplicationRefusedException.DECISION_ELSEWHERE);
		}
		if (action.concernsTheCouncil()) {
			throw new ApplicationRefusedException(ApplicationRefusedException.AGENDA_ELSEWHERE);
		}
		return step(application, action, user, comment, List.of()).getToStatus();
	}

	/**
	 * Puts a received application on a meeting's agenda (for the meetings).
	 * @param id the application
	 * @param user staff of its municipality
	 * @return the status after the step
	 * @throws IllegalTransitionException when it is not received, or is a 軽微変更届出
	 */
	@Transactional
	public ApplicationStatus putOnAgenda(long id, AccountPrincipal user) {
		Application application = visible(id, user);
		return step(application, ApplicationAction.PUT_ON_AGENDA, user, null, List.of()).getToStatus();
	}

	/**
	 * Takes an application off the agenda undecided (for the meetings).
	 * @param id the application
	 * @param user staff of its municipality
	 * @return the status after the step ({@link ApplicationStatus#RECEIVED})
	 * @throws IllegalTransitionException when it is not on an agenda
	 */
	@Transactional
	public ApplicationStatus removeFromAgenda(long id, AccountPrincipal user) {
		Application application = visible(id, user);
		return step(application, ApplicationAction.REMOVE_FROM_AGENDA, user, null, List.of()).getToStatus();
	}

	/**
	 * Returns a submitted application to its operator for correction, with comments on
	 * its fields and documents.
	 * @param id the application
	 * @param user staff of its municipality
	 * @param version the version the page was opened on
	 * @param corrections the comments; each field one of
	 * {@link ApplicationView#commentFields()}
	 * @throws IllegalTransitionException when it is not submitted, or the user is not
	 * staff
	 * @throws ApplicationRefusedException when there is no comment, one is empty or too
	 * long, or a field is unknown or named twice; nothing changes
	 */
	@Transactional
	public void returnForCorrection(long id, AccountPrincipal user, long version, List<FieldComment> corrections) {
		Application application = visible(id, user);
		checkVersion(application, version);
		workflow(application).transition(application.getStatus(), ApplicationAction.RETURN, actor(user));
		List<ApplicationViolation> violations = new CorrectionRequest(corrections).violations();
		if (!violations.isEmpty()) {
			ApplicationViolation first = violations.get(0);
			throw new ApplicationRefusedException(first.code(), first.arguments().toArray());
		}
		Set<String> keys = CommentField.of(application).stream().map(CommentField::key).collect(Collectors.toSet());
		List<TimelineEntry.FieldNote> notes = new ArrayList<>();
		for (int i = 0; i < corrections.size(); i++) {
			FieldComment comment = corrections.get(i);
			String key = comment.general() ? CommentField.GENERAL : comment.field().strip();
			if (!keys.contains(key)) {
				throw new ApplicationRefusedException("application.return.field.unknown", i + 1);
			}
			notes.add(new TimelineEntry.FieldNote(CommentField.forKey(key), comment.comment().strip()));
		}
		step(application, ApplicationAction.RETURN, user, null, notes);
	}

	/**
	 * Records the council's decision on an application on the agenda (for the meeting
	 * that decided it): 承認, 条件付き承認 and 否決 close it, 継続審議 returns it to 受付済み.
	 * @param id the application
	 * @param outcome the decision
	 * @param conditions the conditions of a 条件付き承認 (required then), otherwise ignored
	 * @param user staff of its municipality
	 * @return the status after the decision
	 * @throws IllegalTransitionException when it is not on an agenda, is a 軽微変更届出, or the
	 * user is not staff
	 * @throws ApplicationRefusedException for a 条件付き承認 without conditions
	 * @throws jp.kyogikai.fare.FareRejectedException when the approved fares cannot be
	 * recorded; nothing changes
	 */
	@Transactional
	public ApplicationStatus decide(long id, DecisionOutcome outcome, String conditions, AccountPrincipal user) {
		Application application = visible(id, user);
		workflow(application).decide(application.getStatus(), outcome, actor(user));
		boolean withConditions = outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS;
		if (withConditions && (conditions == null || conditions.isBlank())) {
			throw new ApplicationRefusedException(ApplicationRefusedException.CONDITIONS_REQUIRED);
		}
		if (outcome.isFinal()) {
			application.decided(outcome, withConditions ? conditions : null, now());
		}
		ApplicationStatus status = step(application, outcome.action(), user, withConditions ? conditions : null,
				List.of())
			.getToStatus();
		if (outcome.isAgreed()) {
			agreeProposedFares(application, user);
		}
		return status;
	}

	/**
	 * An approved application's proposed fares become the operator's agreed fares, from
	 * the proposed effective date, or from the decision date when none was proposed or it
	 * has passed.
	 */
	private void agreeProposedFares(Application application, AccountPrincipal user) {
		FareSchedule proposed = application.proposedSchedule();
		if (proposed == null) {
			return;
		}
		LocalDate decidedOn = LocalDate.now(this.clock);
		LocalDate proposedFrom = application.getProposedEffectiveFrom();
		LocalDate effectiveFrom = (proposedFrom != null && proposedFrom.isAfter(decidedOn)) ? proposedFrom : decidedOn;
		this.fares.agree(application.getOperatorId(), proposed, effectiveFrom, decidedOn, application.getId(), user);
	}

	/**
	 * One step: checked by the workflow, with its consequences (the submission's
	 * documents, the 受付番号), recorded as an event and mailed to the other side.
	 */
	private ApplicationEvent step(Application application, ApplicationAction action, AccountPrincipal user,
			String comment, List<TimelineEntry.FieldNote> notes) {
		Transition transition = workflow(application).transition(application.getStatus(), action, actor(user));
		Operator operator = this.operators.detail(application.getOperatorId(), user).operator();
		ApplicationEvent event = record(application, transition, user.getUsername(), user.displayName(), now(), comment,
				notes);
		this.mails.stepTaken(application, operator, event, notes);
		return event;
	}

	/**
	 * Applies a step without checking who takes it or mailing anyone (the caller vouches:
	 * the step's actor takes it).
	 */
	ApplicationEvent record(Application application, Transition transition, String username, String name, Instant at,
			String comment, List<TimelineEntry.FieldNote> notes) {
		ApplicationAction action = transition.action();
		if (action == ApplicationAction.SUBMIT || action == ApplicationAction.RESUBMIT) {
			List<AttachmentKind> missing = application.checklist()
				.missing(this.attachments.ofApplication(application.getId())
					.stream()
					.map(ApplicationAttachment::getKind)
					.toList());
			if (!missing.isEmpty()) {
				throw new ApplicationRefusedException(ApplicationRefusedException.MISSING_ATTACHMENTS, missing);
			}
			if (application.missesProposedFares()) {
				throw new ApplicationRefusedException(ApplicationRefusedException.FARES_MISSING);
			}
			application.submitted(at);
		}
		if (action == ApplicationAction.RECEIVE) {
			application.received(
					this.numbers.next(application.getMunicipalityId(), LocalDate.ofInstant(at, Kyogikai.ZONE)), at);
		}
		ApplicationStatus from = application.getStatus();
		application.moveTo(transition.to(), username, at);
		this.applications.saveAndFlush(application);
		ApplicationEvent event = this.events.save(new ApplicationEvent(application, from, transition.to(), action,
				action.actor(), username, name, at, comment));
		for (int i = 0; i < notes.size(); i++) {
			TimelineEntry.FieldNote note = notes.get(i);
			this.comments.save(new ApplicationReturnComment(event, note.field().key(), note.comment(), i + 1));
		}
		this.events.flush();
		return event;
	}

	// ---------------------------------------------------------------- helpers

	private List<ChecklistEntry> checklist(Application application) {
		AttachmentChecklist checklist = application.checklist();
		List<ApplicationAttachment> all = this.attachments.ofApplication(application.getId());
		Map<Long, StoredFileInfo> infos = this.files
			.infos(all.stream().map(ApplicationAttachment::getStoredFileId).toList(), application.getMunicipalityId())
			.stream()
			.collect(Collectors.toMap(StoredFileInfo::id, Function.identity()));
		Map<AttachmentKind, List<AttachmentFile>> byKind = new EnumMap<>(AttachmentKind.class);
		all.stream()
			.filter((attachment) -> infos.containsKey(attachment.getStoredFileId()))
			.forEach((attachment) -> byKind.computeIfAbsent(attachment.getKind(), (kind) -> new ArrayList<>())
				.add(new AttachmentFile(attachment, infos.get(attachment.getStoredFileId()))));
		List<ChecklistEntry> entries = new ArrayList<>();
		for (AttachmentKind kind : checklist.all()) {
			entries.add(new ChecklistEntry(kind, checklist.isRequired(kind), byKind.getOrDefault(kind, List.of())));
		}
		// documents of kinds the application no longer calls for (its change items
		// changed)
		byKind.forEach((kind, versions) -> {
			if (!checklist.accepts(kind)) {
				entries.add(new ChecklistEntry(kind, false, versions));
			}
		});
		return entries;
	}

	private static List<AttachmentKind> attachedKinds(List<ChecklistEntry> checklist) {
		return checklist.stream().filter((entry) -> entry.current() != null).map(ChecklistEntry::kind).toList();
	}

	private Application visible(long id, AccountPrincipal user) {
		Optional<Application> found = switch (user.role()) {
			case ADMIN -> this.applications.findById(id).filter(Application::visibleToStaff);
			case SECRETARIAT ->
				(user.municipalityId() != null) ? this.applications.findByIdAndMunicipalityId(id, user.municipalityId())
					.filter(Application::visibleToStaff) : Optional.empty();
			case OPERATOR -> (user.operatorId() != null)
					? this.applications.findByIdAndOperatorId(id, user.operatorId()) : Optional.empty();
			case MEMBER -> Optional.empty();
		};
		return found.orElseThrow(() -> new ApplicationNotFoundException(id));
	}

	private Application ownApplication(long id, AccountPrincipal user) {
		if (!user.is(Role.OPERATOR)) {
			throw new ApplicationNotFoundException(id);
		}
		return visible(id, user);
	}

	private static void editable(Application application) {
		if (!application.getStatus().editableByOperator()) {
			throw new ApplicationRefusedException(ApplicationRefusedException.NOT_EDITABLE, application.getStatus());
		}
	}

	private static void checkVersion(Application application, long version) {
		if (application.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Application.class, application.getId());
		}
	}

	private static boolean isStaff(AccountPrincipal user) {
		return user.is(Role.ADMIN) || (user.is(Role.SECRETARIAT) && user.municipalityId() != null);
	}

	static ApplicationActor actor(AccountPrincipal user) {
		return user.is(Role.OPERATOR) ? ApplicationActor.OPERATOR : ApplicationActor.SECRETARIAT;
	}

	static ApplicationWorkflow workflow(Application application) {
		return ApplicationWorkflow.of(application.getProcedure());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
