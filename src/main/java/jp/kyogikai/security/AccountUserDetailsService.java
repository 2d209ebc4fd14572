package jp.kyogikai.security;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a user with the name of its municipality or operator for the header, in one
 * query.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountUserDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String normalised = normalise(username);
		return this.jdbc
			.sql("""
					select u.id, u.username, u.password_hash, u.display_name, u.role, u.municipality_id, u.operator_id, u.member_id,
					       coalesce(m.name, o.name) as affiliation, u.enabled
					from app_user u
					left join municipality m on m.id = u.municipality_id
					left join operator o on o.id = u.operator_id
					where u.username = :username
					""")
			.param("username", normalised)
			.query((rs, row) -> new AccountPrincipal(rs.getLong("id"), rs.getString("username"),
					rs.getString("password_hash"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
					rs.getObject("municipality_id", Long.class), rs.getObject("operator_id", Long.class),
					rs.getObject("member_id", Long.class), rs.getString("affiliation"), rs.getBoolean("enabled")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
