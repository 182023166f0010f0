package org.parley.scale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command: with the {@code scale} profile, makes the scale data once the application
 * has started, then stops it ({@code parley.scale.exit=false} keeps it running;
 * {@code parley.scale.generate=false} only serves data made before).
 */
@Component
@Profile("scale")
@Order(Ordered.LOWEST_PRECEDENCE)
class ScaleDataRunner implements ApplicationRunner {

	private final ScaleGenerator generator;

	private final ScaleProperties properties;

	private final ConfigurableApplicationContext context;

	ScaleDataRunner(ScaleGenerator generator, ScaleProperties properties, ConfigurableApplicationContext context) {
		this.generator = generator;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!this.properties.generate()) {
			return;
		}
		this.generator.generate(System.out);
		if (this.properties.exit()) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
