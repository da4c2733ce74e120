package org.peacedirectory.api;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package forget the API's hourly counts (the suite shares one database). */
public final class ApiLimits {

    private ApiLimits() {}

    public static void clear(ApplicationContext app) {
        app.getBean(ApiLimit.class).clear();
    }
}
