package org.parley.armedgroup;

import java.time.LocalDate;
import java.util.List;

import org.parley.shared.CurrentUser;

/**
 * The security incidents attributed to a group, as its profile lists them: implemented by
 * the incident module, which depends on the registry and not the other way round. Only
 * the incidents the viewer's teams may see are counted and listed.
 */
public interface AttributedIncidents {

	Attributed attributedTo(long groupId, CurrentUser viewer, int limit);

	/**
	 * @param count how many incidents the viewer may see in all
	 * @param latest the most recent of them, up to the limit asked for
	 */
	record Attributed(long count, List<Line> latest) {

		public static final Attributed NONE = new Attributed(0, List.of());

	}

	/**
	 * One incident in the list.
	 *
	 * @param type the incident type's name, for its label
	 * @param certainty the certainty's name, for its label
	 */
	record Line(long id, LocalDate occurredOn, String type, String certainty, String country) {
	}

}
