package org.peacedirectory.api.hsds;

import java.util.Locale;
import org.springframework.context.ApplicationContext;

/** Lets tests outside this package have the data packages made now, from what the database holds. */
public final class HsdsPackagesNow {

    private HsdsPackagesNow() {}

    /** Waits for the rounds under way, then makes every language's package again. */
    public static void remake(ApplicationContext app) throws Exception {
        app.getBean(HsdsPackageRefresh.class).awaitRounds();
        for (Locale language : org.peacedirectory.system.Languages.SUPPORTED) {
            app.getBean(HsdsPackages.class).remake(language);
        }
    }
}
