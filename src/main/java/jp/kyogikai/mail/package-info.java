/**
 * The mail outbox: every e-mail the product sends (an application's status change to the
 * other side, a convocation to each member) is queued by
 * {@link jp.kyogikai.mail.MailOutbox} inside the transaction of the change that causes
 * it, so it exists exactly when that change commits, and a scheduled sender delivers it
 * through SMTP later, retrying with an exponential back-off while the mail server is
 * down. Without an SMTP server (the {@code local} profile) mail is kept for the outbox
 * page only. Staff read their municipality's mail, the administrator all of it, at
 * {@code /mail-outbox}. Depends on nothing but security.
 */
@ApplicationModule(displayName = "Mail outbox", allowedDependencies = "security")
package jp.kyogikai.mail;

import org.springframework.modulith.ApplicationModule;
