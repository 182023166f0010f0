package org.parley.negotiation.questions;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.QuestionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A guiding question of one step, in one published set. Immutable: answers point at it.
 */
@Entity
@Table(name = "guiding_question")
public class GuidingQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "set_id", nullable = false, updatable = false)
	private Long setId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private MethodStep step;

	@Column(nullable = false, updatable = false)
	private int position;

	@Column(name = "text_en", nullable = false, updatable = false)
	private String textEn;

	@Column(name = "text_es", nullable = false, updatable = false)
	private String textEs;

	@Column(name = "text_fr", nullable = false, updatable = false)
	private String textFr;

	protected GuidingQuestion() {
	}

	public GuidingQuestion(long setId, MethodStep step, int position, String textEn, String textEs, String textFr) {
		this.setId = setId;
		this.step = step;
		this.position = position;
		this.textEn = textEn;
		this.textEs = textEs;
		this.textFr = textFr;
	}

	public MethodStep getStep() {
		return this.step;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public String getTextEs() {
		return this.textEs;
	}

	public String getTextFr() {
		return this.textFr;
	}

	public QuestionView view() {
		return new QuestionView(this.id, this.step, this.position, this.textEn, this.textEs, this.textFr);
	}

}
