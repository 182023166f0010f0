package org.parley.negotiation.step;

import org.parley.negotiation.casefile.NegotiationCase;
import java.time.Instant;

/**
 * A step that a note completes until it has richer content of its own (the agreement step
 * without an agreement in force, the follow-up).
 */
public interface NotedStep extends CaseStep {

	String note(NegotiationCase file);

	void note(NegotiationCase file, String text, Instant now);

}
