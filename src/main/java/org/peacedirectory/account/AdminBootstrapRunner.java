package org.peacedirectory.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, once the database is migrated: makes sure an admin can log in (see {@link AdminBootstrap}).
 * A generated password is printed once, after its account is committed.
 */
@Component
class AdminBootstrapRunner implements ApplicationRunner {

    private static final Logger logger = LoggerFactory.getLogger(AdminBootstrapRunner.class);

    private final AdminBootstrap bootstrap;
    private final String email;
    private final String password;

    AdminBootstrapRunner(
            AdminBootstrap bootstrap,
            @Value("${directory.admin.email:}") String email,
            @Value("${directory.admin.password:}") String password) {
        this.bootstrap = bootstrap;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap
                .ensureAdmin(email, password)
                .ifPresent(generated -> logger.warn(
                        "No moderator account existed, so an admin account was created: email {}, password {} . "
                                + "This password is shown only this once: log in at /login and change it now at "
                                + "/moderation/password. To choose the first admin yourself instead, set "
                                + "DIRECTORY_ADMIN_EMAIL and DIRECTORY_ADMIN_PASSWORD.",
                        AdminBootstrap.GENERATED_EMAIL,
                        generated));
    }
}
