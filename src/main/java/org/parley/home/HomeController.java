package org.parley.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in. Each role's dashboard grows here as features arrive.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home/home";
	}

}
