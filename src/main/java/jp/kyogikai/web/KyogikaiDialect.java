package jp.kyogikai.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Adds {@code #wareki} (和暦 dates) and {@code #labels} (Japanese names of enum values) to
 * every template.
 */
@Component
class KyogikaiDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final TemplateHelpers helpers;

	KyogikaiDialect(MessageSource messageSource) {
		super("kyogikai");
		this.helpers = new TemplateHelpers(messageSource);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("wareki", "labels");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return switch (name) {
					case "wareki" -> KyogikaiDialect.this.helpers.wareki();
					case "labels" -> KyogikaiDialect.this.helpers.labels(context.getLocale());
					default -> null;
				};
			}

			@Override
			public boolean isCacheable(String name) {
				return "wareki".equals(name);
			}

		};
	}

}
