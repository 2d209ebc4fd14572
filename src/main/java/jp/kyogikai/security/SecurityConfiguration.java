package jp.kyogikai.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every URL rule of the product, in one place. Objects are checked again in the services
 * (a council of another municipality is a 404).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
			throws Exception {
		ExceptionMappingAuthenticationFailureHandler failureHandler = new ExceptionMappingAuthenticationFailureHandler();
		failureHandler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		failureHandler.setDefaultFailureUrl("/login?error");
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/public/municipalities/*/fares", "/public/municipalities/*/minutes",
					"/public/minutes/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/councils/**", "/operators/**", "/fares/**", "/meetings/**")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
			.requestMatchers("/applications/**")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
			.requestMatchers("/mail-outbox/**")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
			.requestMatchers("/statistics", "/statistics/**")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
			.requestMatchers("/member-portal/**")
			.hasRole(Role.MEMBER.name())
			.requestMatchers("/operator-portal/**")
			.hasRole(Role.OPERATOR.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(failureHandler).defaultSuccessUrl("/", true))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginAttempts attempts) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new LockingAuthenticationProvider(passwords, attempts));
	}

}
