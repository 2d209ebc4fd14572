package jp.kyogikai.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a new installation (no administrator yet), creates the first administrator from
 * {@code KYOGIKAI_INITIAL_ADMIN_PASSWORD}, so that a {@code prod} installation can be
 * signed into. Does nothing once an administrator exists.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final InitialAdminProperties properties;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	InitialAdministrator(InitialAdminProperties properties, UserAccountRepository users,
			PasswordEncoder passwordEncoder) {
		this.properties = properties;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.properties.password()) || this.users.existsByRole(Role.ADMIN)) {
			return;
		}
		String username = AccountUserDetailsService.normalise(this.properties.username());
		this.users
			.save(UserAccount.admin(username, this.passwordEncoder.encode(this.properties.password()), "システム管理者"));
		log.info("最初のシステム管理者 {} を作成しました。ログイン後にパスワードを変更してください。", username);
	}

	/**
	 * The first administrator of a new installation.
	 *
	 * @param username its user name
	 * @param password its password; nothing is created without one
	 */
	@ConfigurationProperties("kyogikai.initial-admin")
	record InitialAdminProperties(@DefaultValue("admin") String username, String password) {
	}

}
