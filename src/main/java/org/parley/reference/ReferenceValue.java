package org.parley.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One value of a reference list, with its English, Spanish and French labels.
 */
@Entity
@Table(name = "reference_value")
class ReferenceValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "list", nullable = false, updatable = false)
	private ReferenceList list;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(name = "label_en", nullable = false)
	private String labelEn;

	@Column(name = "label_es", nullable = false)
	private String labelEs;

	@Column(name = "label_fr", nullable = false)
	private String labelFr;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean retired;

	@Version
	private long version;

	protected ReferenceValue() {
	}

	ReferenceValue(ReferenceList list, String code, Labels labels, int sortOrder) {
		this.list = list;
		this.code = code;
		relabel(labels, sortOrder);
	}

	void relabel(Labels labels, int sortOrder) {
		this.labelEn = labels.en();
		this.labelEs = labels.es();
		this.labelFr = labels.fr();
		this.sortOrder = sortOrder;
	}

	void retire() {
		this.retired = true;
	}

	void restore() {
		this.retired = false;
	}

	Long getId() {
		return this.id;
	}

	ReferenceList getList() {
		return this.list;
	}

	String getCode() {
		return this.code;
	}

	String getLabelEn() {
		return this.labelEn;
	}

	String getLabelEs() {
		return this.labelEs;
	}

	String getLabelFr() {
		return this.labelFr;
	}

	int getSortOrder() {
		return this.sortOrder;
	}

	boolean isRetired() {
		return this.retired;
	}

	long getVersion() {
		return this.version;
	}

	String label(java.util.Locale locale) {
		return switch (locale.getLanguage()) {
			case "es" -> this.labelEs;
			case "fr" -> this.labelFr;
			default -> this.labelEn;
		};
	}

	ReferenceOption toOption(java.util.Locale locale) {
		return new ReferenceOption(this.code, label(locale), this.retired);
	}

	AdminView toAdminView() {
		return new AdminView(this.id, this.list, this.code, this.labelEn, this.labelEs, this.labelFr, this.sortOrder,
				this.retired, this.version);
	}

	/** What the administration page shows and edits. */
	public record AdminView(long id, ReferenceList list, String code, String labelEn, String labelEs, String labelFr,
			int sortOrder, boolean retired, long version) {
	}

	/** A value's label in each language Parley speaks. */
	public record Labels(String en, String es, String fr) {

		/** The labels without the spaces around them. */
		public Labels stripped() {
			return new Labels(this.en.strip(), this.es.strip(), this.fr.strip());
		}

	}

}
