package org.parley.shared.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form record whose values do not all convert is still built, with the values that did,
 * and the failed ones keep what was typed and a message saying what was expected.
 */
class FormBindingTest {

	enum Colour {

		RED, BLUE

	}

	record Counts(Integer adults, Integer children) {

	}

	record Sample(String name, Long count, LocalDate on, Colour colour, Counts counts, long primitive) {

	}

	@Test
	void aFormWithValuesThatDoNotConvertIsStillBuilt() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.addParameter("name", "Prueba");
		request.addParameter("count", "abc");
		request.addParameter("on", "not-a-date");
		request.addParameter("colour", "GREEN");
		request.addParameter("counts.adults", "3");
		request.addParameter("counts.children", "many");
		request.addParameter("primitive", "x");
		FormBinding.LenientBinder binder = new FormBinding.LenientBinder(null, "sample");
		binder.setConversionService(new DefaultFormattingConversionService());
		binder.setTargetType(ResolvableType.forClass(Sample.class));
		binder.construct(request);
		assertThat(binder.getTarget()).isInstanceOf(Sample.class);
		Sample sample = (Sample) binder.getTarget();
		assertThat(sample.name()).isEqualTo("Prueba");
		assertThat(sample.count()).isNull();
		assertThat(sample.colour()).isNull();
		assertThat(sample.counts().adults()).isEqualTo(3);
		assertThat(binder.getBindingResult().getFieldValue("count")).isEqualTo("abc");
		assertThat(binder.getBindingResult().getFieldValue("name")).isEqualTo("Prueba");
		assertThat(binder.getBindingResult().getFieldError("count").getCodes()).contains("typeMismatch.number");
		assertThat(binder.getBindingResult().getFieldError("on").getCodes()).contains("typeMismatch.date");
		assertThat(binder.getBindingResult().getFieldError("colour").getCodes()).contains("typeMismatch.choice");
		assertThat(binder.getBindingResult().getFieldError("counts.children").getCodes())
			.contains("typeMismatch.number");
	}

}
