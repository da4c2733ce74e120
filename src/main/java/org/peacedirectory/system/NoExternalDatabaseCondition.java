package org.peacedirectory.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external database is configured ({@code spring.datasource.url} is empty) and the
 * embedded server has not been switched off ({@code directory.embedded-db.enabled=false}, used by tests
 * that bring their own database).
 */
class NoExternalDatabaseCondition implements Condition {

    static boolean noExternalDatabase(org.springframework.core.env.Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return noExternalDatabase(environment)
                && environment.getProperty("directory.embedded-db.enabled", Boolean.class, true);
    }
}
