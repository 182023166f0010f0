package org.parley.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/**} (springdoc, {@code /v3/api-docs}, with
 * Swagger UI at {@code /swagger-ui.html}): which paths are documented is set in
 * application.yml; here, how a client authenticates.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String BEARER = "bearer";

	static final String SESSION = "session";

	@Bean
	OpenAPI parleyApi(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
		return new OpenAPI()
			.info(new Info().title("Parley API")
				.version("v1")
				.description("Scripts and other programs authenticate with a personal access token "
						+ "(menu with your name → Access tokens) sent as `Authorization: Bearer <token>`. "
						+ "A signed-in browser session works too, but must send its CSRF token on every "
						+ "request that changes data."))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("Parley personal access token (pat_...)"))
				.addSecuritySchemes(SESSION,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name(sessionCookie)))
			.addSecurityItem(new SecurityRequirement().addList(BEARER))
			.addSecurityItem(new SecurityRequirement().addList(SESSION));
	}

}
