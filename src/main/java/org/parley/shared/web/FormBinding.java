package org.parley.shared.web;

import java.lang.reflect.Constructor;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * A form whose value cannot be converted (a word in a number field, a date that is not
 * one, a value outside a choice list) still comes back as a form. Spring builds the form
 * record through its constructor, and when one value fails it gives the controller no
 * form at all: the page that shows the form again then fails half-way. Here the form is
 * built anyway, with nothing in the fields that failed; their errors (translated,
 * {@code typeMismatch.*}) stay in the binding result, which also keeps what was typed, so
 * the page shows it next to the message.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

	@Bean
	WebMvcRegistrations lenientFormBinding() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new LenientAdapter();
			}
		};
	}

	static final class LenientAdapter extends RequestMappingHandlerAdapter {

		@Override
		protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
			return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
				@Override
				protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
						NativeWebRequest request) {
					return new LenientBinder(target, objectName);
				}
			};
		}

	}

	/**
	 * A conversion failure says what was expected: a number, a date, one of the choices
	 * offered ({@code typeMismatch.number}, {@code .date}, {@code .choice}), before the
	 * general {@code typeMismatch}.
	 */
	static final class KindOfValue extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			if (!(ex instanceof TypeMismatchException mismatch) || kind(mismatch.getRequiredType()) == null) {
				super.processPropertyAccessException(ex, result);
				return;
			}
			String field = ex.getPropertyName();
			List<String> codes = new ArrayList<>();
			codes.add("typeMismatch." + kind(mismatch.getRequiredType()));
			codes.addAll(List.of(result.resolveMessageCodes(ex.getErrorCode(), field)));
			FieldError error = new FieldError(result.getObjectName(), field, ex.getValue(), true,
					codes.toArray(String[]::new), new Object[] { field }, ex.getLocalizedMessage());
			result.addError(error);
		}

		private static String kind(Class<?> type) {
			if (type == null) {
				return null;
			}
			if (type.isEnum()) {
				return "choice";
			}
			if (Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type))) {
				return "number";
			}
			if (Temporal.class.isAssignableFrom(type)) {
				return "date";
			}
			return null;
		}

	}

	/**
	 * Builds the form with the values that converted when Spring's construction failed.
	 */
	static final class LenientBinder extends ExtendedServletRequestDataBinder {

		private Object lenientTarget;

		private AbstractPropertyBindingResult lenientResult;

		LenientBinder(Object target, String objectName) {
			super(target, objectName);
			setBindingErrorProcessor(new KindOfValue());
		}

		@Override
		public void construct(ValueResolver resolver) {
			super.construct(resolver);
			AbstractPropertyBindingResult spring = super.getInternalBindingResult();
			if (!spring.hasErrors() || spring.getTarget() != null || getTargetType() == null) {
				return;
			}
			Class<?> type = getTargetType().resolve();
			try {
				Object built = super.getTarget();
				if (built == null && type != null && type.isRecord()) {
					built = build(type, "", resolver);
				}
				if (built == null) {
					return;
				}
				BeanPropertyBindingResult result = new BeanPropertyBindingResult(built, getObjectName(),
						isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
				result.addAllErrors(spring);
				this.lenientTarget = built;
				this.lenientResult = result;
			}
			catch (RuntimeException ex) {
				// Leave Spring's answer: no form, the errors in the binding result.
			}
		}

		private Object build(Class<?> type, String prefix, ValueResolver resolver) {
			Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
			String[] names = BeanUtils.getParameterNames(constructor);
			Class<?>[] types = constructor.getParameterTypes();
			Object[] args = new Object[names.length];
			TypeConverter converter = getTypeConverter();
			for (int i = 0; i < names.length; i++) {
				String path = prefix + names[i];
				Class<?> paramType = types[i];
				Object value = null;
				if (paramType.isRecord()) {
					String nested = path + ".";
					if (resolver.getNames().stream().anyMatch((name) -> name.startsWith(nested))) {
						value = build(paramType, nested, resolver);
					}
				}
				else {
					Object raw = resolver.resolveValue(path, paramType);
					if (raw != null) {
						try {
							value = converter.convertIfNecessary(raw, paramType,
									MethodParameter.forFieldAwareConstructor(constructor, i, names[i]));
						}
						catch (RuntimeException ex) {
							value = null;
						}
					}
				}
				if (value == null && paramType.isPrimitive()) {
					value = (paramType == boolean.class) ? Boolean.FALSE : converter.convertIfNecessary(0, paramType);
				}
				args[i] = value;
			}
			return BeanUtils.instantiateClass(constructor, args);
		}

		@Override
		public Object getTarget() {
			return (this.lenientTarget != null) ? this.lenientTarget : super.getTarget();
		}

		@Override
		protected AbstractPropertyBindingResult getInternalBindingResult() {
			return (this.lenientResult != null) ? this.lenientResult : super.getInternalBindingResult();
		}

	}

}
