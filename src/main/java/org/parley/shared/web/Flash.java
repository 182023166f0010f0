package org.parley.shared.web;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once, on the page after a redirect: a message key, its arguments and a
 * level.
 *
 * @param level success, info, warning or danger (Bootstrap's alert names)
 * @param key the message key
 * @param args the message arguments
 */
public record Flash(String level, String key, Object[] args) implements Serializable {

	public static final String ATTRIBUTE = "flash";

	public static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash("success", key, args));
	}

	public static void warning(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash("warning", key, args));
	}

	public static void danger(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash("danger", key, args));
	}

}
