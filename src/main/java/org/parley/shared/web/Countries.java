package org.parley.shared.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Countries by ISO 3166-1 alpha-2 code, named in the reader's language. Templates use it
 * as {@code @countries}. The countries where Parley's users work come first.
 */
@Component("countries")
public class Countries {

	/** Mexico and Central America, then the neighbours most cases touch. */
	static final List<String> REGION = List.of("MX", "GT", "SV", "HN", "NI", "CR", "PA", "BZ", "CO", "US");

	public String name(String code) {
		if (code == null) {
			return "";
		}
		String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(LocaleContextHolder.getLocale());
		return name.isEmpty() ? code : name;
	}

	/** The region's countries, in the order of {@link #REGION}. */
	public List<Option> region() {
		return REGION.stream().map((code) -> new Option(code, name(code))).toList();
	}

	/** Every other country, sorted by name in the reader's language. */
	public List<Option> others() {
		Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
		List<Option> options = new ArrayList<>();
		for (String code : Locale.getISOCountries()) {
			if (!REGION.contains(code)) {
				options.add(new Option(code, name(code)));
			}
		}
		options.sort(Comparator.comparing(Option::name, collator));
		return options;
	}

	public record Option(String code, String name) {
	}

}
