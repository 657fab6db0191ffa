package app.limber.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableCaching
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new UrlValueConverterFactory());
	}

	/** Reads request parameters such as {@code ?position=lying-on-back} into enums. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static final class UrlValueConverterFactory implements ConverterFactory<String, UrlValue> {

		@Override
		public <T extends UrlValue> Converter<String, T> getConverter(Class<T> targetType) {
			return (source) -> source.isBlank() ? null : (T) UrlValue.parse((Class) targetType, source.trim());
		}

	}

}
