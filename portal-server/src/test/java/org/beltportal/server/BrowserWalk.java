package org.beltportal.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Base of the tests that walk the portal or the console in Debian's Chromium: one browser for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserWalk extends PortalServerTest {

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
