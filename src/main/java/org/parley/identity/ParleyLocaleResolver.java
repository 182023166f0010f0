package org.parley.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page language: English, Spanish or French. Chosen with {@code ?lang=}, remembered
 * in the session (if there is one: a stranger is given none) and in a cookie. A GET
 * changes nothing stored: the account remembers a language only when the user saves it (a
 * POST to {@code /account/language}), or at sign-in when the account has none yet, so
 * that it follows them to any device. Without a choice, the browser's preference decides.
 */
public class ParleyLocaleResolver implements LocaleResolver {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH);

	static final String SESSION_ATTRIBUTE = ParleyLocaleResolver.class.getName() + ".LOCALE";

	static final String COOKIE = "PARLEY_LANG";

	private final Accounts accounts;

	ParleyLocaleResolver(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosenNow) {
			return chosenNow;
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale locale) {
			return locale;
		}
		Locale fromCookie = fromCookie(request);
		if (fromCookie != null) {
			return fromCookie;
		}
		for (Locale wanted : java.util.Collections.list(request.getLocales())) {
			Locale supported = supported(wanted.getLanguage());
			if (supported != null) {
				return supported;
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = (locale != null) ? supported(locale.getLanguage()) : null;
		if (chosen == null) {
			return;
		}
		remember(request, response, chosen);
	}

	/**
	 * The user's explicit choice, kept for this session and saved in their account.
	 * @return whether the language is one Parley speaks
	 */
	boolean save(HttpServletRequest request, HttpServletResponse response, long userId, String language) {
		Locale chosen = supported(language);
		if (chosen == null) {
			return false;
		}
		remember(request, response, chosen);
		this.accounts.rememberLanguage(userId, chosen.getLanguage());
		return true;
	}

	void signedIn(HttpServletRequest request, HttpServletResponse response, ParleyUser user) {
		Locale preferred = (user.preferredLanguage() != null) ? supported(user.preferredLanguage()) : null;
		if (preferred != null) {
			remember(request, response, preferred);
		}
		else {
			Locale chosen = fromCookie(request);
			if (chosen != null) {
				remember(request, response, chosen);
				this.accounts.rememberLanguage(user.id(), chosen.getLanguage());
			}
		}
	}

	private void remember(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		// For this request (a stranger has no session to keep it in), the session, and
		// the cookie for the next ones.
		request.setAttribute(SESSION_ATTRIBUTE, locale);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(SESSION_ATTRIBUTE, locale);
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE, locale.getLanguage())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	private static Locale fromCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return supported(cookie.getValue());
			}
		}
		return null;
	}

	static Locale supported(String language) {
		if (language == null) {
			return null;
		}
		for (Locale locale : SUPPORTED) {
			if (locale.getLanguage().equalsIgnoreCase(language.strip())) {
				return locale;
			}
		}
		return null;
	}

}
