package org.parley.identity;

import java.util.EnumSet;
import java.util.Map;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.util.ClassUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Sessions live in PostgreSQL (tables {@code spring_session} and
 * {@code spring_session_attributes}, migration V56), so that any instance serves any
 * request and a sign-out on one is a sign-out on all (decision 0030). Configured here by
 * hand: Boot's own configuration for Spring Session JDBC is not among the libraries this
 * project can use. The cookie keeps what {@code server.servlet.session.cookie.*} says
 * (name, HttpOnly, SameSite, Secure when the request came over TLS or always when told),
 * and a session ends after {@code parley.security.sessions.idle} without use.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionStore {

	private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

	/** The classes a session attribute may be made of; anything else is refused. */
	private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config
		.createFilter("maxdepth=20;maxrefs=10000;maxbytes=1000000;org.parley.**;java.lang.**;java.util.**;"
				+ "java.time.**;java.math.**;java.net.**;org.springframework.security.**;"
				+ "org.springframework.web.servlet.FlashMap;org.springframework.util.LinkedMultiValueMap;"
				+ "org.springframework.util.MultiValueMapAdapter;!*");

	/** {@link #ALLOWED}, saying in the log what it refused. */
	static final ObjectInputFilter ATTRIBUTE_CLASSES = (info) -> {
		ObjectInputFilter.Status status = ALLOWED.checkInput(info);
		if (status == ObjectInputFilter.Status.REJECTED) {
			log.warn("A session attribute holding {} was not read (depth {}, {} bytes)", info.serialClass(),
					info.depth(), info.streamBytes());
		}
		return status;
	};

	/** The value a signed-in session is indexed under: its user's id. */
	static String principal(long userId) {
		return Long.toString(userId);
	}

	/**
	 * Sessions are found by their user's id rather than by username: a session waiting
	 * for its second factor is indexed under nobody, so it is never listed nor counted.
	 */
	@Bean
	IndexResolver<Session> sessionIndexResolver() {
		return (session) -> {
			Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (context instanceof SecurityContext security && security.getAuthentication() != null
					&& security.getAuthentication().getPrincipal() instanceof ParleyUser user) {
				return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principal(user.id()));
			}
			return Map.of();
		};
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionRepositoryCustomizer(SecurityProperties properties,
			@Value("${parley.security.sessions.cleanup-cron:0 * * * * *}") String cleanupCron) {
		return (repository) -> {
			repository.setConversionService(attributeConversions());
			repository.setTableName("spring_session");
			repository.setDefaultMaxInactiveInterval(properties.sessions().idle());
			repository.setCleanupCron(cleanupCron);
		};
	}

	/**
	 * Session attributes are Java-serialised into the table. Reading them back accepts
	 * only the classes a Parley session holds (Parley's own, the JDK's, Spring Security's
	 * context and saved request, Spring MVC's flash messages), so that rows written by
	 * someone other than Parley cannot make it build arbitrary objects.
	 */
	static ConversionService attributeConversions() {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, (source) -> {
			try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream((byte[]) source)) {

				@Override
				protected Class<?> resolveClass(ObjectStreamClass type) throws IOException, ClassNotFoundException {
					return ClassUtils.forName(type.getName(), SessionStore.class.getClassLoader());
				}

			}) {
				in.setObjectInputFilter(ATTRIBUTE_CLASSES);
				return in.readObject();
			}
			catch (IOException | ClassNotFoundException ex) {
				throw new SerializationFailedException("A session attribute could not be read", ex);
			}
		});
		return conversions;
	}

	@Bean
	CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name:PARLEY_SESSION}") String name,
			@Value("${server.servlet.session.cookie.http-only:true}") boolean httpOnly,
			@Value("${server.servlet.session.cookie.same-site:lax}") String sameSite,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(name);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(httpOnly);
		cookie.setSameSite(sameSite.substring(0, 1).toUpperCase() + sameSite.substring(1).toLowerCase());
		// Unset, the cookie is Secure when the request came over TLS (directly or through
		// a trusted proxy), as Tomcat's own session cookie was.
		if (secure) {
			cookie.setUseSecureCookie(true);
		}
		return cookie;
	}

	/**
	 * Before every other filter, on error pages and asynchronous dispatches too, so that
	 * nothing ever reaches the container's own sessions.
	 */
	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
			SessionRepositoryFilter<?> filter) {
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		return registration;
	}

}
