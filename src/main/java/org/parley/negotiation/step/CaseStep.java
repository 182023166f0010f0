package org.parley.negotiation.step;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.casefile.NegotiationCase;
import java.util.List;

import org.springframework.ui.Model;

/**
 * One step of the method, as a whole: what it still needs before it can be completed,
 * what its page shows and what the API returns as its content. One implementation per
 * {@link MethodStep}, in the step's own package with its entity, form, service,
 * controllers and template ({@code templates/negotiation/steps/<slug>.html}); adding a
 * step touches its package and the step enumeration only.
 */
public interface CaseStep {

	MethodStep step();

	/**
	 * What the step still lacks beyond its guiding questions (empty: it can be
	 * completed), for a case that has reached it.
	 */
	List<Missing> missing(NegotiationCase file);

	/**
	 * Adds the step's content to its page's model. What a refused form put in the model
	 * (what the user typed) is left as it is.
	 */
	void show(StepPage page, Model model);

	/** The step's content as the API returns it. */
	StepContent content(StepPage page);

}
