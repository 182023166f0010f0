package org.parley.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Exists only in tests: a page that fails, to prove a failure shows a translated page and
 * no stack trace.
 */
@Controller
class ExplodingController {

	@GetMapping("/test/explode")
	String explode() {
		throw new IllegalStateException("secret internal detail that must never reach a user");
	}

}
