package org.peacedirectory.submission;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tests of the public form over real HTTP: a fresh browser session each, stamps that stand for a
 * person's pace, and a rate limit forgotten between tests (they all come from one address).
 */
@DirectoryTest
abstract class SubmissionWebTest {

    @LocalServerPort
    int port;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Autowired
    JdbcClient jdbc;

    FormSession browser;

    @BeforeEach
    void openBrowser() {
        browser = new FormSession(port, "en");
        rateLimiter.clear();
    }

    @AfterEach
    void forgetRateLimits() {
        rateLimiter.clear();
    }
}
