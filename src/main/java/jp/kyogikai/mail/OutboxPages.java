package jp.kyogikai.mail;

import java.time.Clock;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as staff read it: the administrator every mail, staff the mail of their own
 * municipality; anyone else nothing (another municipality's mail is a 404).
 */
@Service
@Transactional(readOnly = true)
class OutboxPages {

	static final int PAGE_SIZE = 50;

	private final OutboxMailRepository mails;

	private final Clock clock;

	OutboxPages(OutboxMailRepository mails, Clock clock) {
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * One page of the user's mail, newest first.
	 * @param user the signed-in user
	 * @param status only mail in this state, or {@code null} for all
	 * @param page the page, from 0
	 * @return the mail
	 */
	Page<OutboxMail> list(AccountPrincipal user, MailStatus status, int page) {
		Pageable pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE,
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		if (user.is(Role.ADMIN)) {
			return (status != null) ? this.mails.findByStatus(status, pageable) : this.mails.findAll(pageable);
		}
		if (user.is(Role.SECRETARIAT) && user.municipalityId() != null) {
			long municipalityId = user.municipalityId();
			return (status != null) ? this.mails.findByMunicipalityIdAndStatus(municipalityId, status, pageable)
					: this.mails.findByMunicipalityId(municipalityId, pageable);
		}
		return Page.empty(pageable);
	}

	/**
	 * A mail the user may read.
	 * @param id the mail
	 * @param user the signed-in user
	 * @return the mail
	 * @throws OutboxMailNotFoundException when there is none or it is not the user's
	 */
	OutboxMail detail(long id, AccountPrincipal user) {
		if (user.is(Role.ADMIN)) {
			return this.mails.findById(id).orElseThrow(() -> new OutboxMailNotFoundException(id));
		}
		if (user.is(Role.SECRETARIAT) && user.municipalityId() != null) {
			return this.mails.findByIdAndMunicipalityId(id, user.municipalityId())
				.orElseThrow(() -> new OutboxMailNotFoundException(id));
		}
		throw new OutboxMailNotFoundException(id);
	}

	/**
	 * Queues a mail that was given up again, with its attempts reset.
	 * @param id the mail
	 * @param version the version the page showed
	 * @param user the signed-in user
	 * @throws NotFailedException when the mail has not failed
	 * @throws ObjectOptimisticLockingFailureException when it changed since
	 */
	@Transactional
	void retry(long id, long version, AccountPrincipal user) {
		OutboxMail mail = detail(id, user);
		if (mail.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(OutboxMail.class, id);
		}
		if (mail.getStatus() != MailStatus.FAILED) {
			throw new NotFailedException();
		}
		mail.retry(this.clock.instant());
		this.mails.saveAndFlush(mail);
	}

	/**
	 * Only a mail that was given up can be queued again.
	 */
	static class NotFailedException extends RuntimeException {

		NotFailedException() {
			super("送信を諦めたメールではありません");
		}

	}

}
