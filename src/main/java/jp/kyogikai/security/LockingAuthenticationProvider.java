package jp.kyogikai.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the lock before the password, counts every failure (an unknown name too) and
 * clears the count on success.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginAttempts attempts;

	LockingAuthenticationProvider(AuthenticationProvider delegate, LoginAttempts attempts) {
		this.delegate = delegate;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = AccountUserDetailsService.normalise(authentication.getName());
		if (this.attempts.isLocked(username)) {
			throw new LockedException("locked");
		}
		Authentication result;
		try {
			result = this.delegate.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			if (this.attempts.recordFailure(username)) {
				throw new LockedException("locked", ex);
			}
			throw ex;
		}
		this.attempts.recordSuccess(username);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
