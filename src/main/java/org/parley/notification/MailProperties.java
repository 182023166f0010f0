package org.parley.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail about notifications ({@code parley.mail.*}): off unless turned on, and then sent
 * through the SMTP server of {@code spring.mail.*}.
 *
 * @param enabled whether to send e-mail at all
 * @param from the sender address
 */
@ConfigurationProperties("parley.mail")
record MailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("parley@localhost") String from) {

}
