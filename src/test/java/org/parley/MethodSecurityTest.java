package org.parley;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Defence in depth behind the URL rules of the security configuration: every handler of
 * the administration ({@code /admin}) and of the audit log ({@code /audit}) says which
 * roles it serves, and the check runs when the handler is called, so that a rule removed
 * or mistyped in the filter chain does not open them. Shown by calling a handler as a
 * field officer without going through the filters.
 */
@IntegrationTest
class MethodSecurityTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyHandlerOfTheAdministrationAndTheAuditLogSaysWhoItServes() {
		List<String> unguarded = new ArrayList<>();
		int guarded = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			boolean privileged = mapping.getKey()
				.getPatternValues()
				.stream()
				.anyMatch((p) -> p.startsWith("/admin") || p.startsWith("/audit"));
			if (!privileged) {
				continue;
			}
			HandlerMethod handler = mapping.getValue();
			if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
				guarded++;
			}
			else {
				unguarded.add(mapping.getKey().toString());
			}
		}
		assertThat(unguarded).as("handlers of /admin and /audit without @PreAuthorize").isEmpty();
		assertThat(guarded).isGreaterThan(20);
	}

	@Test
	void aFieldOfficerWhoReachesAHandlerPastTheFiltersIsRefusedByTheHandler() throws Exception {
		signIn("field.mx");
		List<String> opened = new ArrayList<>();
		int refused = 0;
		for (HandlerMethod handler : this.mappings.getHandlerMethods().values()) {
			Class<?> type = handler.getBeanType();
			if (!AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)) {
				continue;
			}
			Object bean = this.context.getBean(type);
			assertThat(AopUtils.isAopProxy(bean)).as(type.getSimpleName() + " is proxied").isTrue();
			Method method = handler.getMethod();
			method.setAccessible(true);
			Object[] arguments = new Object[method.getParameterCount()];
			for (int i = 0; i < arguments.length; i++) {
				arguments[i] = zero(method.getParameterTypes()[i]);
			}
			try {
				AopUtils.invokeJoinpointUsingReflection(bean, method, arguments);
				opened.add(type.getSimpleName() + "." + method.getName());
			}
			catch (AccessDeniedException expected) {
				refused++;
			}
			catch (Throwable other) {
				opened.add(type.getSimpleName() + "." + method.getName() + " ran: " + other);
			}
		}
		assertThat(opened).as("handlers that ran for a field officer").isEmpty();
		assertThat(refused).isGreaterThan(20);
	}

	@Test
	void anAuditorReachesTheAuditLogsHandlersAndNotTheAdministrations() {
		signIn("auditor");
		Object audit = this.context.getBean(handlerType("/audit/verify"));
		Object users = this.context.getBean(handlerType("/admin/users"));
		assertThatThrownBy(() -> invokeFirst(users)).isInstanceOf(AccessDeniedException.class);
		assertThat(catching(() -> invokeFirst(audit))).isNotInstanceOf(AccessDeniedException.class);
	}

	private Class<?> handlerType(String pattern) {
		return this.mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().getPatternValues().contains(pattern))
			.findFirst()
			.orElseThrow()
			.getValue()
			.getBeanType();
	}

	private void invokeFirst(Object bean) throws Throwable {
		Class<?> type = AopUtils.getTargetClass(bean);
		Method method = this.mappings.getHandlerMethods()
			.values()
			.stream()
			.filter((h) -> h.getBeanType().equals(type))
			.findFirst()
			.orElseThrow()
			.getMethod();
		method.setAccessible(true);
		Object[] arguments = new Object[method.getParameterCount()];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = zero(method.getParameterTypes()[i]);
		}
		AopUtils.invokeJoinpointUsingReflection(bean, method, arguments);
	}

	private static Throwable catching(ThrowingRunnable runnable) {
		try {
			runnable.run();
			return new RuntimeException("ran");
		}
		catch (Throwable thrown) {
			return thrown;
		}
	}

	private void signIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	private static Object zero(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type == char.class) {
			return '\0';
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == double.class) {
			return 0d;
		}
		if (type == float.class) {
			return 0f;
		}
		return (type == int.class) ? 0 : (type == short.class) ? (short) 0 : (byte) 0;
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Throwable;

	}

}
