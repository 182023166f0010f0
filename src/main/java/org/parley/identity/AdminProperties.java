package org.parley.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The initial administrator created at first start ({@code parley.admin.*}, from
 * {@code PARLEY_ADMIN_USERNAME} and {@code PARLEY_ADMIN_PASSWORD}).
 *
 * @param username the username, or blank for "admin"
 * @param password the password, or blank for a random one-time password printed in the
 * log
 */
@ConfigurationProperties("parley.admin")
record AdminProperties(String username, String password) {

}
