package org.parley.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and maintains the reference lists. Forms offer the active values plus any retired
 * value the record already holds, so editing an old record never drops its values.
 */
@Service
public class ReferenceLists {

	private final ReferenceValueRepository values;

	ReferenceLists(ReferenceValueRepository values) {
		this.values = values;
	}

	/**
	 * The values a form offers: active ones, plus retired ones the record already holds.
	 */
	@Transactional(readOnly = true)
	public List<ReferenceOption> options(ReferenceList list, Collection<String> held) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.values.findByListOrderBySortOrderAscCodeAsc(list)
			.stream()
			.filter((value) -> !value.isRetired() || (held != null && held.contains(value.getCode())))
			.map((value) -> value.toOption(locale))
			.toList();
	}

	/**
	 * Every code of the list with its label in the reader's language, retired included.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> labels(ReferenceList list) {
		return labels(list, LocaleContextHolder.getLocale());
	}

	/**
	 * Every code of the list with its label in the given language, retired included.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> labels(ReferenceList list, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (ReferenceValue value : this.values.findByListOrderBySortOrderAscCodeAsc(list)) {
			labels.put(value.getCode(), value.label(locale));
		}
		return labels;
	}

	/**
	 * Checks that every code exists in the list and is either active or already held by
	 * the record.
	 * @param field the form field to blame
	 */
	@Transactional(readOnly = true)
	public void requireUsable(ReferenceList list, Collection<String> codes, Collection<String> held, String field) {
		if (codes == null || codes.isEmpty()) {
			return;
		}
		Map<String, ReferenceValue> byCode = this.values.findByListOrderBySortOrderAscCodeAsc(list)
			.stream()
			.collect(Collectors.toMap(ReferenceValue::getCode, (v) -> v));
		for (String code : codes) {
			ReferenceValue value = byCode.get(code);
			if (value == null || (value.isRetired() && (held == null || !held.contains(code)))) {
				throw new RuleViolation(field, "reference.value.unknown");
			}
		}
	}

	// Administration

	@Transactional(readOnly = true)
	public List<ReferenceValue.AdminView> all(ReferenceList list) {
		return this.values.findByListOrderBySortOrderAscCodeAsc(list)
			.stream()
			.map(ReferenceValue::toAdminView)
			.toList();
	}

	@Transactional(readOnly = true)
	public ReferenceValue.AdminView get(long id) {
		return find(id).toAdminView();
	}

	@Transactional
	public long add(ReferenceList list, String code, ReferenceValue.Labels labels, int sortOrder) {
		String clean = code.strip().toLowerCase(Locale.ROOT);
		if (!clean.matches("[a-z0-9][a-z0-9_-]*")) {
			throw new RuleViolation("code", "reference.code.format");
		}
		if (this.values.findByListAndCode(list, clean).isPresent()) {
			throw new RuleViolation("code", "reference.code.taken");
		}
		return this.values.save(new ReferenceValue(list, clean, labels.stripped(), sortOrder)).getId();
	}

	@Transactional
	public void relabel(long id, long version, ReferenceValue.Labels labels, int sortOrder) {
		ReferenceValue value = find(id);
		ConcurrentEditException.check("ReferenceValue", id, version, value.getVersion());
		value.relabel(labels.stripped(), sortOrder);
	}

	@Transactional
	public void retire(long id) {
		find(id).retire();
	}

	@Transactional
	public void restore(long id) {
		find(id).restore();
	}

	/**
	 * Deletes a value no record uses. The database's foreign keys know every use, so a
	 * value in use is refused here and must be retired instead.
	 */
	@Transactional
	public void delete(long id) {
		ReferenceValue value = find(id);
		try {
			this.values.delete(value);
			this.values.flush();
		}
		catch (DataIntegrityViolationException inUse) {
			throw new RuleViolation(null, "reference.value.in-use");
		}
	}

	/** Codes of a list that are known (retired or not), for API validation messages. */
	@Transactional(readOnly = true)
	public Set<String> codes(ReferenceList list) {
		return this.values.findByListOrderBySortOrderAscCodeAsc(list)
			.stream()
			.map(ReferenceValue::getCode)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	private ReferenceValue find(long id) {
		return this.values.findById(id).orElseThrow(() -> new ReferenceValueNotFoundException(id));
	}

}
