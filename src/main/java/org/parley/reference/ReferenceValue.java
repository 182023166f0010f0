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
 * One value of a reference list, with its English and Spanish labels.
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

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean retired;

	@Version
	private long version;

	protected ReferenceValue() {
	}

	ReferenceValue(ReferenceList list, String code, String labelEn, String labelEs, int sortOrder) {
		this.list = list;
		this.code = code;
		relabel(labelEn, labelEs, sortOrder);
	}

	void relabel(String labelEn, String labelEs, int sortOrder) {
		this.labelEn = labelEn;
		this.labelEs = labelEs;
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
		return "es".equals(locale.getLanguage()) ? this.labelEs : this.labelEn;
	}

	ReferenceOption toOption(java.util.Locale locale) {
		return new ReferenceOption(this.code, label(locale), this.retired);
	}

	AdminView toAdminView() {
		return new AdminView(this.id, this.list, this.code, this.labelEn, this.labelEs, this.sortOrder, this.retired,
				this.version);
	}

	/** What the administration page shows and edits. */
	public record AdminView(long id, ReferenceList list, String code, String labelEn, String labelEs, int sortOrder,
			boolean retired, long version) {
	}

}
