package jp.kyogikai.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in failures lock an account.
 *
 * @param maxFailures consecutive failures after which the user name is locked
 * @param lockDuration how long the lock lasts
 */
@ConfigurationProperties("kyogikai.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {

}
