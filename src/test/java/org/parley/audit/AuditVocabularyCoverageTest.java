package org.parley.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record the audit log records reads in words: each entity has a module that names
 * it, each field it records a label in English, Spanish and French (or is declared
 * meaningless to readers), each choice a label, each id of another record a declared
 * reference.
 */
@IntegrationTest
class AuditVocabularyCoverageTest {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH);

	@Autowired
	AuditDescriptions descriptions;

	@Autowired
	MessageSource messages;

	@Test
	void everyAuditedEntityTypeIsNamedInEveryLanguage() {
		Set<String> missing = new TreeSet<>();
		for (Class<?> entity : entities()) {
			AuditedType type = this.descriptions.types().get(entity.getSimpleName());
			if (type == null) {
				missing.add(entity.getSimpleName() + ": no module's vocabulary declares it");
				continue;
			}
			for (Locale locale : LANGUAGES) {
				if (this.messages.getMessage(type.labelKey(), null, null, locale) == null) {
					missing.add(entity.getSimpleName() + ": no name in " + locale);
				}
			}
		}
		assertThat(missing).as("audited record types without words").isEmpty();
	}

	@Test
	void everyAuditedFieldHasALabelInEveryLanguageAndAKnownFormat() {
		List<String> missing = new ArrayList<>();
		for (AuditedType type : this.descriptions.types().values()) {
			for (String field : type.auditedFields()) {
				if (type.isHidden(field)) {
					continue;
				}
				for (Locale locale : LANGUAGES) {
					if (this.descriptions.fieldLabel(type.name(), field, locale) == null) {
						missing.add(type.name() + "." + field + " has no label in " + locale + " (looked for "
								+ type.labelCandidates(field) + ")");
					}
				}
				if (!type.hasKnownFormat(field)) {
					missing.add(type.name() + "." + field + " needs a declared format (a reference or items)");
				}
			}
		}
		assertThat(missing).as("fields without words").isEmpty();
	}

	@Test
	void everyChoiceOfAnAuditedEnumHasALabelInEveryLanguage() {
		List<String> missing = new ArrayList<>();
		for (AuditedType type : this.descriptions.types().values()) {
			if (type.entityClass().isEmpty()) {
				continue; // written by hand (a data key's rotation, the chain's
							// anchorings): no entity's fields
			}
			Class<?> entity = type.entityClass().get();
			for (String field : type.auditedFields()) {
				Class<?> enumType = enumOf(entity, field);
				if (enumType == null || type.isHidden(field)) {
					continue;
				}
				for (Object constant : enumType.getEnumConstants()) {
					String code = ((Enum<?>) constant).name();
					for (Locale locale : LANGUAGES) {
						Set<String> keys = this.descriptions.missingWords(type.name(), field, code, locale);
						if (!keys.isEmpty()) {
							missing.add(type.name() + "." + field + "=" + code + " in " + locale + ": " + keys);
						}
					}
				}
			}
		}
		assertThat(missing).as("choices without labels").isEmpty();
	}

	private static Class<?> enumOf(Class<?> entity, String name) {
		for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				java.lang.reflect.Field field = c.getDeclaredField(name);
				if (field.getType().isEnum()) {
					return field.getType();
				}
				if (java.util.Collection.class.isAssignableFrom(field.getType())
						&& field.getGenericType() instanceof java.lang.reflect.ParameterizedType p
						&& p.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
					return element;
				}
				return null;
			}
			catch (NoSuchFieldException ex) {
				// the superclass
			}
		}
		return null;
	}

	private static List<Class<?>> entities() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		List<Class<?>> entities = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.parley")) {
			try {
				entities.add(Class.forName(definition.getBeanClassName()));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		assertThat(entities).hasSizeGreaterThanOrEqualTo(28);
		return entities;
	}

}
