package org.parley.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port, against this run's PostgreSQL database, with the
 * demo accounts loaded. Every test class that uses it shares one Spring context (started
 * once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestInfrastructure.class)
public @interface IntegrationTest {

}
