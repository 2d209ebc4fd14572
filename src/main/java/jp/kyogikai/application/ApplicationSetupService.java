package jp.kyogikai.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.AttachmentKind;
import jp.kyogikai.application.rule.ChangeItem;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.Transition;
import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.file.StoredFileService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters applications without a signed-in user (installation and demo data), at given
 * times, through the same workflow as the pages but without mail. The caller vouches for
 * the operator, its municipality and who took each step.
 */
@Service
@Transactional
public class ApplicationSetupService {

	/** Whom stored files name as their uploader. */
	static final String SYSTEM = "system";

	private final ApplicationRepository applications;

	private final ApplicationEventRepository events;

	private final ApplicationService service;

	private final StoredFileService files;

	ApplicationSetupService(ApplicationRepository applications, ApplicationEventRepository events,
			ApplicationService service, StoredFileService files) {
		this.applications = applications;
		this.events = events;
		this.service = service;
		this.files = files;
	}

	/**
	 * A draft written by an operator's user.
	 * @param municipalityId the operator's municipality
	 * @param operatorId the operator
	 * @param type what it applies for
	 * @param changes the items of a 変更登録 (at least one), otherwise empty
	 * @param area 運送の区域
	 * @param reason 申請の理由
	 * @param remarks 備考
	 * @param username the user name of whoever wrote it
	 * @param name that person's name
	 * @param at when
	 * @return the new application's id
	 */
	public long draft(long municipalityId, long operatorId, ApplicationType type, Set<ChangeItem> changes, String area,
			String reason, String remarks, String username, String name, Instant at) {
		Application application = new Application(municipalityId, operatorId, type, username, at);
		application.write(changes, area, reason, remarks);
		this.applications.saveAndFlush(application);
		this.events.save(new ApplicationEvent(application, null, ApplicationStatus.DRAFT, null,
				ApplicationAction.SUBMIT.actor(), username, name, at, null));
		return application.getId();
	}

	/**
	 * Attaches a document (PDF, JPEG or PNG), uploaded by {@code system}.
	 * @param id the application
	 * @param kind its kind
	 * @param content the document
	 * @param fileName its name
	 * @return the stored file
	 */
	public StoredFileInfo attach(long id, AttachmentKind kind, byte[] content, String fileName) {
		Application application = find(id);
		StoredFileInfo stored = this.files.store(content, fileName, application.getMunicipalityId(), SYSTEM);
		this.service.addVersion(application, kind, stored, SYSTEM);
		return stored;
	}

	/**
	 * Sets the fares a draft proposes.
	 * @param id the application, of a type that proposes fares
	 * @param schedule the fares, without violations
	 * @param effectiveFrom 適用開始予定日, or {@code null}
	 */
	public void propose(long id, FareSchedule schedule, LocalDate effectiveFrom) {
		Application application = find(id);
		application.propose(schedule, effectiveFrom);
		this.applications.saveAndFlush(application);
	}

	/**
	 * Takes a step of the workflow, by the side whose step it is.
	 * @param id the application
	 * @param action the step
	 * @param username the user name of whoever took it
	 * @param name that person's name
	 * @param at when
	 * @return the status after the step
	 * @throws jp.kyogikai.application.rule.IllegalTransitionException when the status
	 * does not allow the step
	 */
	public ApplicationStatus act(long id, ApplicationAction action, String username, String name, Instant at) {
		Application application = find(id);
		Transition transition = ApplicationService.workflow(application)
			.transition(application.getStatus(), action, action.actor());
		return this.service.record(application, transition, username, name, at, null, List.of()).getToStatus();
	}

	private Application find(long id) {
		return this.applications.findById(id).orElseThrow(() -> new ApplicationNotFoundException(id));
	}

}
