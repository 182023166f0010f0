package org.parley.armedgroup;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A group's label where a form offers it as a party, counterpart or perpetrator: its
 * name, and when an authority designates it, by whom and since which year ("Cártel … —
 * designated: US FTO (2025)"), in the reader's language (decision 0024). Templates call
 * it as {@code @groupLabels.choice(ref)}.
 */
@Component("groupLabels")
public class GroupChoiceLabels {

	private final MessageSource messages;

	GroupChoiceLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String choice(GroupRef group) {
		if (!group.designated()) {
			return group.name();
		}
		Locale locale = LocaleContextHolder.getLocale();
		String marks = group.designations()
			.stream()
			.map((mark) -> this.messages.getMessage("armedgroup.choice.designation",
					new Object[] { this.messages.getMessage("armedgroup.DesignationAuthority.short." + mark.authority(),
							null, locale), mark.listedOn().getYear() },
					locale))
			.distinct()
			.collect(Collectors.joining(", "));
		return this.messages.getMessage("armedgroup.choice.designated", new Object[] { group.name(), marks }, locale);
	}

	/** The authorities that designate the group, in short, for a badge's title. */
	public String authorities(java.util.List<DesignationMark> designations) {
		Locale locale = LocaleContextHolder.getLocale();
		return designations.stream()
			.map((mark) -> this.messages.getMessage("armedgroup.DesignationAuthority.short." + mark.authority(), null,
					locale))
			.distinct()
			.collect(Collectors.joining(", "));
	}

}
